import type { KeyPart, SortKey } from "../../store/reports/History.js";

/** What a cursor points into: its field's name (for errors) and the sort key it carries. */
export interface CursorKind {
  /** Written into every cursor, so one field's cursor is never taken for another's. */
  tag: string;
  field: string;
  key: readonly KeyPart[];
}

/** Longer than any cursor we hand out: a client's string is not decoded past this. */
const MAX_CURSOR_LENGTH = 2_000;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const MAX_TEXT = 1_000;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f]/;

/**
 * A cursor is the row's sort key, tagged with its listing, as base64url JSON: opaque to clients
 * (the README says so), stable for as long as the row exists, and meaningless to anyone who
 * could not read the row anyway (it holds the row's own id and time, nothing of its tenant).
 */
export function encodeCursor(kind: CursorKind, key: SortKey): string {
  return Buffer.from(JSON.stringify([kind.tag, ...key])).toString("base64url");
}

/** The sort key a cursor carries, or undefined when it is not a cursor of this kind. */
export function decodeCursor(kind: CursorKind, cursor: string): SortKey | undefined {
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH) return undefined;
  const bytes = Buffer.from(cursor, "base64url");
  // Node skips characters outside the alphabet; only a cursor we could have written passes.
  if (bytes.toString("base64url") !== cursor) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString("utf8"));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== kind.key.length + 1) return undefined;
  const [tag, ...key] = parsed as unknown[];
  if (tag !== kind.tag) return undefined;
  return kind.key.every((part, i) => fits(part, key[i])) ? (key as SortKey) : undefined;
}

function fits(part: KeyPart, value: unknown): boolean {
  switch (part) {
    case "timestamp":
      return typeof value === "string" && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
    case "text":
      // No control characters: PostgreSQL refuses a NUL in text, which would be our error.
      return typeof value === "string" && value.length <= MAX_TEXT && !CONTROL.test(value);
    case "integer":
      return Number.isSafeInteger(value) && Math.abs(value as number) <= 2 ** 31 - 1;
  }
}
