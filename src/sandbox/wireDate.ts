import { formatOmniDate } from "../domain/omniDate.js";

let lastMs = Number.NaN;
let lastText = "";

/**
 * `formatOmniDate` for epoch milliseconds, remembering the last answer: the attempts of a bulk
 * share their timestamps, so 10 000 reports format one date instead of 10 000.
 */
export function wireDate(ms: number): string {
  if (ms !== lastMs) {
    lastMs = ms;
    lastText = formatOmniDate(new Date(ms));
  }
  return lastText;
}
