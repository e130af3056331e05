import { createHash } from "node:crypto";

/**
 * A digest of what a call asks for: key order, absent versus undefined members, and class
 * instances versus plain objects make no difference; any changed value does.
 */
export function fingerprint(operation: string, input: unknown): string {
  return createHash("sha256")
    .update(operation)
    .update("\0")
    .update(canonical(JSON.parse(JSON.stringify(input ?? null))))
    .digest("hex");
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
