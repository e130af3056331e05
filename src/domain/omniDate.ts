/** Infobip's wire format for dates: `yyyy-MM-dd'T'HH:mm:ss.SSS+0000`, always in UTC here. */
export function formatOmniDate(date: Date): string {
  return date.toISOString().replace("Z", "+0000");
}

/** Accepts Infobip's `+0000`/`+0100` offsets as well as ISO 8601 `Z` and `+01:00`. */
export function parseOmniDate(value: string): Date {
  // UTC, nearly every date OMNI writes, without the regular expression: entity reads parse
  // thousands of dates per request.
  if (value.endsWith("+0000")) return new Date(`${value.slice(0, -5)}Z`);
  const iso = value.replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
  return new Date(iso);
}
