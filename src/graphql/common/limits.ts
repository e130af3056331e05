import type { Violation } from "../../domain/violation.js";

/** OMNI's logs and reports take at most 1000 ids a call; a longer list could only be cut short. */
export const MAX_FILTER_IDS = 1_000;

/** A number outside min..max (no upper bound when max is left out), as a violation naming it. */
export function checkRange(
  path: string,
  value: number,
  min: number,
  max = Number.POSITIVE_INFINITY,
): Violation[] {
  if (value >= min && value <= max) return [];
  const bounds = max === Number.POSITIVE_INFINITY ? `${min} or more` : `between ${min} and ${max}`;
  return [{ path, rule: "RANGE", message: `${path} must be ${bounds}.` }];
}

/** A filter's id list longer than one upstream call takes. */
export function checkIdCount(path: string, ids: readonly string[] | null | undefined): Violation[] {
  return (ids?.length ?? 0) > MAX_FILTER_IDS
    ? [{ path, rule: "TOO_MANY", message: `${path} takes at most ${MAX_FILTER_IDS} ids.` }]
    : [];
}
