import { parseOmniDate } from "../../domain/omniDate.js";
import type { WireReport } from "../wire.js";
import {
  reportIdentity,
  type ReportFilter,
  type ReportStore,
  type StoredReport,
} from "./ReportStore.js";

/** The embedded default store: one process, lost on restart (durable stores come with issue 5). */
export class MemoryReportStore implements ReportStore {
  private readonly seen = new Set<string>();
  private readonly byMessage = new Map<string, StoredReport[]>();
  /** Insertion order = intake order; reads sort by `doneAt`. */
  private readonly all: StoredReport[] = [];

  async save(reports: readonly WireReport[]): Promise<void> {
    const receivedAt = new Date();
    for (const report of reports) {
      const identity = reportIdentity(report);
      if (this.seen.has(identity)) continue;
      this.seen.add(identity);
      const stored = { ...report, receivedAt };
      this.all.push(stored);
      const list = this.byMessage.get(report.messageId);
      if (list) {
        list.push(stored);
        list.sort(byDoneAt);
      } else {
        this.byMessage.set(report.messageId, [stored]);
      }
    }
  }

  async find(filter: ReportFilter): Promise<StoredReport[]> {
    const ids = filter.messageIds && new Set(filter.messageIds);
    const candidates = ids ? [...ids].flatMap((id) => this.byMessage.get(id) ?? []) : this.all;
    return candidates
      .filter(
        (r) =>
          (filter.bulkId === undefined || r.bulkId === filter.bulkId) &&
          (filter.channel === undefined || r.channel === filter.channel),
      )
      .sort((a, b) => byDoneAt(b, a))
      .slice(0, filter.limit);
  }

  async byMessageIds(ids: readonly string[]): Promise<Map<string, StoredReport[]>> {
    const result = new Map<string, StoredReport[]>();
    for (const id of ids) {
      const list = this.byMessage.get(id);
      if (list) result.set(id, list);
    }
    return result;
  }
}

function byDoneAt(a: StoredReport, b: StoredReport): number {
  return parseOmniDate(a.doneAt).getTime() - parseOmniDate(b.doneAt).getTime();
}
