const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/**
 * Why PostgreSQL cannot hold this value, or undefined if it can. U+0000 and lone surrogates are
 * valid in a JavaScript string and in JSON, but `jsonb` refuses both (and `text` U+0000), failing
 * the whole statement, so the whole page, they are in. Names the first offending field, never
 * its content.
 */
export function unstorableContent(
  value: unknown,
  path: readonly string[] = [],
): string | undefined {
  if (typeof value === "string") {
    const at = path.length ? `${path.join(".")}: ` : "";
    if (value.includes("\u0000")) return `${at}contains U+0000`;
    if (LONE_SURROGATE.test(value)) return `${at}contains a lone surrogate`;
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  // Values only: the reports checked here went through the schema, which names every member.
  for (const [key, member] of Object.entries(value)) {
    const problem = unstorableContent(member, [...path, key]);
    if (problem) return problem;
  }
  return undefined;
}
