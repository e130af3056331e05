/**
 * Control and format characters (C0, C1, bidi overrides, zero-width, line and paragraph
 * separators) and lone surrogates, as `\uXXXX`: text from a report that can be shown on a
 * terminal or a web page without moving the cursor, hiding text or reordering it.
 */
const UNSAFE =
  /[\p{Cc}\p{Cf}\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
