import type { Channel } from "../../domain/channel.js";
import { parseOmniDate } from "../../domain/omniDate.js";
import { isFinal, type MessageStatus } from "../../domain/status.js";
import type { StoredReport } from "../../store/reports/ReportStore.js";
import type { WireLog } from "../../omni/wire.js";
import type { Attempt } from "./Attempt.js";

/**
 * The failover timeline of one message, oldest first: one attempt per log row, completed by its
 * stored report (status, error, price, done time), plus attempts known only from a report (logs
 * can lag behind webhooks, or have aged out). OMNI lists logs newest first; reversing before a
 * stable sort keeps step order for attempts that started in the same millisecond.
 */
export function toAttempts(logs: readonly WireLog[], reports: readonly StoredReport[]): Attempt[] {
  // Each date is read once: matching compares every log row with every report.
  const unmatched = reports.map((report) => ({ report, sentAt: omniTime(report.sentAt) }));
  const take = (match: (r: TimedReport) => boolean): StoredReport[] => {
    const taken: StoredReport[] = [];
    for (let i = 0; i < unmatched.length;) {
      if (match(unmatched[i]!)) taken.push(unmatched.splice(i, 1)[0]!.report);
      else i += 1;
    }
    return taken;
  };
  const ordered = [...logs]
    .reverse()
    .map((log) => ({ log, sentAt: omniTime(log.sentAt) }))
    .sort((a, b) => a.sentAt - b.sentAt);
  // Exact matches first, so an attempt repeated on one channel never takes its sibling's report.
  const exact = ordered.map(({ log, sentAt }) =>
    take((r) => r.report.channel === log.channel && r.sentAt === sentAt),
  );
  const fromLogs = ordered.map(({ log, sentAt }, i) => {
    const matched = exact[i]!.length ? exact[i]! : take((r) => r.report.channel === log.channel);
    return merge(log, sentAt, mostAdvanced(matched));
  });
  const fromReports = groupByAttempt(unmatched).map((group) => fromReport(mostAdvanced(group)!));
  return [...fromLogs, ...fromReports].sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());
}

/**
 * The status of a message whose logs show it delivered, or undefined. Failover stops at
 * delivery, so no later attempt, log row or report can change where such a message stands, and
 * its status needs no read of the stored reports. The earliest delivered row, as `currentStatus`.
 */
export function deliveredInLogs(logs: readonly WireLog[]): MessageStatus | undefined {
  return logs.findLast((log) => log.status.groupName === "DELIVERED")?.status;
}

/** The channel that delivered the message, if one did. */
export function deliveredVia(attempts: readonly Attempt[]): Channel | undefined {
  return attempts.find((a) => a.status.groupName === "DELIVERED")?.channel;
}

/** Where the message stands: delivered once any attempt delivered, else its latest attempt. */
export function currentStatus(attempts: readonly Attempt[]): MessageStatus | undefined {
  return (attempts.find((a) => a.status.groupName === "DELIVERED") ?? attempts.at(-1))?.status;
}

/** The report of the final outcome: the last attempt's, once that attempt has ended. */
export function finalReport(
  attempts: readonly Attempt[],
  reports: readonly StoredReport[],
): StoredReport | undefined {
  const last = attempts.at(-1);
  if (!last) return reports.at(-1);
  if (!isFinal(last.status)) return undefined;
  return reports.findLast((r) => r.channel === last.channel && isFinal(r.status));
}

interface TimedReport {
  report: StoredReport;
  /** `report.sentAt` in ms since the epoch. */
  sentAt: number;
}

const omniTime = (value: string) => parseOmniDate(value).getTime();

function merge(log: WireLog, sentAt: number, report: StoredReport | undefined): Attempt {
  // A report is never older news than a log row of the same attempt, unless it is an
  // intermediate (pending) report and the log already shows the outcome.
  const reportWins = report && (isFinal(report.status) || !isFinal(log.status));
  const doneAt = report?.doneAt ?? log.doneAt;
  return {
    channel: log.channel,
    from: log.from,
    to: log.to,
    text: log.text,
    status: reportWins ? report.status : log.status,
    error: report?.error,
    sentAt: new Date(sentAt),
    doneAt: doneAt ? parseOmniDate(doneAt) : undefined,
    messageCount: log.messageCount,
    mccMnc: log.mccMnc ?? report?.mccMnc,
    price: report?.price ?? log.price,
  };
}

function fromReport(report: StoredReport): Attempt {
  return {
    channel: report.channel,
    to: report.to,
    status: report.status,
    error: report.error,
    sentAt: parseOmniDate(report.sentAt),
    doneAt: parseOmniDate(report.doneAt),
    messageCount: report.messageCount,
    mccMnc: report.mccMnc,
    price: report.price,
  };
}

/** Reports of one attempt: the same channel and start (intermediate and final reports). */
function groupByAttempt(reports: readonly TimedReport[]): StoredReport[][] {
  const groups = new Map<string, StoredReport[]>();
  for (const { report, sentAt } of reports) {
    const key = `${report.channel}|${sentAt}`;
    const group = groups.get(key);
    if (group) group.push(report);
    else groups.set(key, [report]);
  }
  return [...groups.values()];
}

/** Final beats pending; among equals, the later report. */
function mostAdvanced(reports: readonly StoredReport[]): StoredReport | undefined {
  if (reports.length <= 1) return reports[0];
  return reports.reduce((best, r) => {
    if (isFinal(r.status) !== isFinal(best.status)) return isFinal(r.status) ? r : best;
    return omniTime(r.doneAt) >= omniTime(best.doneAt) ? r : best;
  });
}
