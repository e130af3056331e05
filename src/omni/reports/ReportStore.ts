import type { Channel } from "../../domain/channel.js";
import type { WireReport } from "../wire.js";

/** A delivery report as the gateway keeps it: the wire report plus when the gateway took it in. */
export interface StoredReport extends WireReport {
  receivedAt: Date;
}

export interface ReportFilter {
  bulkId?: string;
  messageIds?: readonly string[];
  channel?: Channel;
  limit: number;
}

/**
 * Where drained delivery reports live. Upstream hands each report out once; every GraphQL read
 * answers from here, so reading never consumes anything. Saving the same report twice is a no-op.
 */
export interface ReportStore {
  save(reports: readonly WireReport[]): Promise<void>;
  /** Newest first. */
  find(filter: ReportFilter): Promise<StoredReport[]>;
  /** Oldest first, per message. */
  byMessageIds(ids: readonly string[]): Promise<Map<string, StoredReport[]>>;
}

/** One report per attempt: the same message, channel and outcome is the same report. */
export function reportIdentity(report: WireReport): string {
  return `${report.messageId}|${report.channel}|${report.status.id}|${report.doneAt}`;
}
