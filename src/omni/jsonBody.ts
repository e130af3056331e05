import { OmniRequestNotSerializable } from "./errors.js";

/** Enough of the path to find the culprit; a 5000-level path would be the error's whole size. */
const SHOWN_SEGMENTS = 6;
const SHOWN_KEY_LENGTH = 40;

/**
 * A request body as JSON, encoded before the call enters the retry and breaker policies: a body
 * that cannot be encoded (up to Node 24 JSON.stringify recurses, so a deep JSONObject overflows the
 * stack; a BigInt has no JSON form) is the caller's mistake and must never count as an upstream
 * failure or leave a send's outcome unknown.
 */
export function encodeJsonBody(body: unknown): string {
  try {
    return JSON.stringify(body);
  } catch (error) {
    if (!(error instanceof RangeError)) throw new OmniRequestNotSerializable("NOT_JSON");
    const { depth, path } = deepest(body);
    throw new OmniRequestNotSerializable("TOO_DEEP", depth, path);
  }
}

interface Visit {
  value: unknown;
  depth: number;
  path: readonly string[];
}

/**
 * The depth and path of the most deeply nested value, walked without recursion since recursion
 * is what just failed. Only the first segments of a path are kept, which also bounds memory.
 */
function deepest(root: unknown): { depth: number; path: string } {
  let best: Visit = { value: root, depth: 0, path: [] };
  const seen = new Set<object>();
  const pending: Visit[] = [best];
  for (let visit = pending.pop(); visit; visit = pending.pop()) {
    if (visit.depth > best.depth) best = visit;
    const { value } = visit;
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    for (const [key, child] of Object.entries(value)) {
      const segment = Array.isArray(value) ? `[${key}]` : key.slice(0, SHOWN_KEY_LENGTH);
      const path = visit.path.length < SHOWN_SEGMENTS ? [...visit.path, segment] : visit.path;
      pending.push({ value: child, depth: visit.depth + 1, path });
    }
  }
  const shown = best.path.join(".").replaceAll(".[", "[");
  return { depth: best.depth, path: best.depth > SHOWN_SEGMENTS ? `${shown}…` : shown };
}
