import { parseOmniDate } from "../../domain/omniDate.js";
import { isFinal } from "../../domain/status.js";
import type { StoredReport } from "../../omni/reports/ReportStore.js";
import type { WireLog } from "../../omni/wire.js";
import type { Attempt } from "./Attempt.js";

/**
 * The attempts of one message, oldest first, each with the error of its report when stored.
 * OMNI lists logs newest first; reversing before a stable sort keeps step order for attempts that
 * started in the same millisecond (a step that fails at once hands over instantly).
 */
export function toAttempts(logs: readonly WireLog[], reports: readonly StoredReport[]): Attempt[] {
  return [...logs]
    .reverse()
    .map((log) => ({ log, sentAt: parseOmniDate(log.sentAt) }))
    .sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime())
    .map(({ log, sentAt }) => ({
      ...log,
      sentAt,
      doneAt: log.doneAt ? parseOmniDate(log.doneAt) : undefined,
      error: reports.findLast((r) => r.channel === log.channel && r.status.id === log.status.id)
        ?.error,
    }));
}

/** The report of the final outcome: the last attempt's, once that attempt has ended. */
export function finalReport(
  attempts: readonly Attempt[],
  reports: readonly StoredReport[],
): StoredReport | undefined {
  const last = attempts.at(-1);
  if (!last) return reports.at(-1);
  if (!isFinal(last.status)) return undefined;
  return reports.findLast((r) => r.channel === last.channel);
}
