import type { Channel } from "../../domain/channel.js";
import type { MessageStatus, StatusGroup } from "../../domain/status.js";
import type { WirePrice, WireReport } from "../wire.js";

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

/** Where a message stands by its stored reports; status only ever moves forward. */
export interface MessageState {
  messageId: string;
  bulkId?: string;
  /** The channel of the attempt that set the status; unset while only the send is known. */
  channel?: Channel;
  status: MessageStatus;
}

/** A message the gateway sent, recorded before any report so a bulk counts it as pending. */
export interface SentMessage {
  messageId: string;
  bulkId?: string;
  to: string;
  status: MessageStatus;
}

export interface BulkSummary {
  bulkId: string;
  messageIds: string[];
  byStatus: { status: StatusGroup; count: number }[];
  byChannel: { channel: Channel; attempts: number; delivered: number }[];
  /** One entry per currency, summed over every attempt's price × parts. */
  totalPrice: WirePrice[];
}

/** One stored report and the message's state right after it, as subscribers see it. */
export interface StatusChange {
  report: StoredReport;
  state: MessageState;
}

/** Identifies one stored report. */
export interface ReportKey {
  messageId: string;
  bulkId?: string;
  channel: Channel;
  statusId: number;
  doneAt: string;
}

/**
 * What a NOTIFY carries: the stored report's key, to route it and read it, and the message's
 * state right after that report, which later reports of the same batch must not overwrite.
 */
export interface ReportNotice {
  /** Whose report it is: subscribers of other tenants never hear of it. */
  tenant: string;
  key: ReportKey;
  state: MessageState;
}

/**
 * Where delivery reports live. Upstream hands each report out once; every GraphQL read answers
 * from here, so reading never consumes anything. Saving the same report twice is a no-op, and a
 * report is stored (committed) before `save` resolves, so callers may acknowledge it then.
 */
export interface ReportStore {
  /** Resolves with the reports that were new; each of them was announced on the status feed. */
  save(reports: readonly WireReport[]): Promise<StoredReport[]>;
  recordSent(messages: readonly SentMessage[]): Promise<void>;
  /** Newest first. */
  find(filter: ReportFilter): Promise<StoredReport[]>;
  /** Oldest first, per message. */
  byMessageIds(ids: readonly string[]): Promise<Map<string, StoredReport[]>>;
  statesOf(ids: readonly string[]): Promise<Map<string, MessageState>>;
  bulk(bulkId: string): Promise<BulkSummary | undefined>;
  change(notice: ReportNotice): Promise<StatusChange | undefined>;
  /** The LISTEN/NOTIFY channel that announces every newly stored report as a ReportNotice. */
  readonly channel: string;
  /** Whose reports these are. */
  readonly tenant: string;
}
