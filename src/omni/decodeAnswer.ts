import type { z } from "zod";
import { OmniUnavailableError } from "./errors.js";

/**
 * An upstream answer as its schema reads it, or BAD_RESPONSE naming where the first mismatch is
 * and what was expected there, never what arrived: answers carry phone numbers and message
 * texts. Paths hold only the schema's own member names and array indexes (unknown members are
 * never reported), so they cannot carry a value either.
 */
export function decodeAnswer<S extends z.ZodType>(
  schema: S,
  body: unknown,
  endpoint: string,
): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw new OmniUnavailableError(
    "BAD_RESPONSE",
    issue
      ? `${endpoint}: unexpected answer at ${pathOf(issue.path)} (${expectation(issue)})`
      : `${endpoint}: unexpected answer`,
  );
}

/** `results[3].status.groupName`; `body` for the answer itself. */
function pathOf(path: readonly PropertyKey[]): string {
  const text = path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
  return text || "body";
}

/**
 * Built from the issue's code and the schema's side of it only: zod's own messages are written
 * for people and may, in some versions or error maps, quote the input.
 */
function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "invalid_value":
      return "not one of the accepted values";
    case "invalid_format":
      return "not in the expected format";
    case "too_small":
      return `below the minimum of ${String(issue.minimum)}`;
    case "invalid_union":
      return "matches none of the accepted shapes";
    default:
      return issue.code;
  }
}
