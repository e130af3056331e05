import type { Violation } from "./violation.js";

/** Infobip's ids (messageId, bulkId) are strings of up to this length (its report fields). */
export const MAX_ID_LENGTH = 200;
/** How deep an input may nest; our own inputs nest five levels at most. */
export const MAX_INPUT_DEPTH = 16;
/** A push `customPayload` is data for the app: APNs and FCM take about 4 kB of payload in all. */
export const MAX_CUSTOM_PAYLOAD_BYTES = 4_096;
export const MAX_CUSTOM_PAYLOAD_DEPTH = 8;

const ID_FIELDS = new Set(["messageId", "bulkId", "messageIds", "bulkIds"]);
const JSON_FIELDS = new Set(["customPayload"]);

/**
 * U+0000 and unpaired UTF-16 surrogates: PostgreSQL cannot store them (text and jsonb refuse
 * both) and no channel can deliver them, so a string carrying one is refused at the edge rather
 * than failing a database write, a report page or an upstream call later.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasUnsafeCharacter(text: string): boolean {
  return UNSAFE.test(text);
}

/**
 * Every problem of one argument's value that no field-specific rule should have to think of:
 * unsafe characters in any string, ids longer than Infobip's (unless `ids` is false: a send's
 * input checks its ids with every other send rule, so all its violations come back at once),
 * inputs nested too deep, and `customPayload` objects too deep or too large. `path` names the
 * argument (`filter`), and each violation names the field inside it (`filter.messageIds[2]`).
 */
export function inputViolations(path: string, value: unknown, ids = true): Violation[] {
  const walker = new Walker(ids);
  walker.walk([path], lastKey(path), value);
  return walker.violations;
}

/**
 * Walks one argument's value depth first. The path is one shared stack of segments, made a
 * string only for a violation: a send of 10 000 destinations is visited 30 000 times, and a
 * path string per visit was most of what the walk allocated.
 */
class Walker {
  readonly violations: Violation[] = [];

  constructor(private readonly ids: boolean) {}

  /** `segments`: the argument's name, then field names and list indexes down to `value`. */
  walk(segments: (string | number)[], key: string, value: unknown): void {
    if (typeof value === "string") {
      this.checkString(segments, key, value);
      return;
    }
    if (
      typeof value !== "object" ||
      value === null ||
      value instanceof Date ||
      value instanceof URL
    ) {
      return;
    }
    // The argument itself is depth 0.
    if (segments.length > MAX_INPUT_DEPTH) {
      this.add(
        segments,
        "TOO_DEEP",
        (path) => `${path} nests deeper than ${MAX_INPUT_DEPTH} levels.`,
      );
      return;
    }
    if (JSON_FIELDS.has(key) && !Array.isArray(value)) {
      const problem = jsonProblem(value);
      if (problem) {
        this.violations.push({ path: pathOf(segments), ...problem });
        return;
      }
    }
    if (Array.isArray(value)) {
      // A list of ids takes the rule of its field (`messageIds[3]` is a messageId).
      for (let index = 0; index < value.length; index++) {
        segments.push(index);
        this.walk(segments, key, value[index]);
        segments.pop();
      }
      return;
    }
    for (const name in value) {
      if (!Object.hasOwn(value, name)) continue;
      segments.push(name);
      this.walk(segments, name, (value as Record<string, unknown>)[name]);
      segments.pop();
    }
  }

  private checkString(segments: (string | number)[], key: string, value: string): void {
    if (hasUnsafeCharacter(value)) {
      this.add(
        segments,
        "UNSAFE_CHARACTER",
        (path) => `${path} must not contain U+0000 or an unpaired surrogate.`,
      );
    }
    if (this.ids && ID_FIELDS.has(key) && value.length > MAX_ID_LENGTH) {
      this.add(
        segments,
        "TOO_LONG",
        (path) => `${path} is ${value.length} characters; ids take at most ${MAX_ID_LENGTH}.`,
      );
    }
  }

  private add(segments: (string | number)[], rule: string, message: (path: string) => string) {
    const path = pathOf(segments);
    this.violations.push({ path, rule, message: message(path) });
  }
}

/** `input.destinations[3].to.phoneNumber`, from its segments. */
function pathOf(segments: readonly (string | number)[]): string {
  let path = String(segments[0]);
  for (let i = 1; i < segments.length; i++) {
    const segment = segments[i]!;
    path += typeof segment === "number" ? `[${segment}]` : `.${segment}`;
  }
  return path;
}

function jsonProblem(value: object): Omit<Violation, "path"> | undefined {
  if (depthOf(value, 0) > MAX_CUSTOM_PAYLOAD_DEPTH) {
    return {
      rule: "JSON_TOO_DEEP",
      message: `customPayload nests deeper than ${MAX_CUSTOM_PAYLOAD_DEPTH} levels.`,
    };
  }
  const bytes = new TextEncoder().encode(JSON.stringify(value)).length;
  if (bytes > MAX_CUSTOM_PAYLOAD_BYTES) {
    return {
      rule: "JSON_TOO_LARGE",
      message: `customPayload is ${bytes} bytes as JSON; at most ${MAX_CUSTOM_PAYLOAD_BYTES}.`,
    };
  }
  return undefined;
}

/** Stops counting past the limit, so a hostile nesting costs no more than the limit. */
function depthOf(value: unknown, depth: number): number {
  if (typeof value !== "object" || value === null) return depth;
  if (depth > MAX_CUSTOM_PAYLOAD_DEPTH) return depth;
  let deepest = depth + 1;
  for (const item of Object.values(value)) {
    deepest = Math.max(deepest, depthOf(item, depth + 1));
    if (deepest > MAX_CUSTOM_PAYLOAD_DEPTH) break;
  }
  return deepest;
}

function lastKey(path: string): string {
  return path.slice(path.lastIndexOf(".") + 1);
}
