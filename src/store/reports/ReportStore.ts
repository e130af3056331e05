import type { Channel } from "../../domain/channel.js";
import type { MessageStatus, StatusGroup } from "../../domain/status.js";
import type { DeliveryReport, Price } from "../../domain/deliveryReport.js";
import type { History } from "./History.js";
import type { Quarantine } from "./Quarantine.js";
import type { ReconcileQueue } from "./ReconcileQueue.js";

/**
 * Where a report came in: drained from the fetch-once endpoint, pushed to the webhook, or
 * rebuilt from OMNI's repeatable logs because the report itself never came.
 */
export type ReportSource = "poll" | "webhook" | "logs";

/** A delivery report as the gateway keeps it: the wire report plus when the gateway took it in. */
export interface StoredReport extends DeliveryReport {
  receivedAt: Date;
  /** Unset for reports stored before the gateway recorded where they came from. */
  source?: ReportSource;
}

/** A report that will not go into the store, and why: it goes into the quarantine instead. */
export interface RefusedReport {
  /** What arrived, as it arrived (kept as JSON text, so any content can be kept). */
  raw: unknown;
  reason: string;
}

export interface SaveOptions {
  source: ReportSource;
  /** Reports refused before the database was asked, quarantined in the same transaction. */
  refused?: readonly RefusedReport[];
}

export interface SaveOutcome {
  /** The reports that were new (or replaced one rebuilt from the logs), each announced. */
  stored: StoredReport[];
  /** How many reports went into the quarantine (a repeat of a quarantined one does not count). */
  quarantined: number;
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
  /**
   * When the message's last scenario step gives up at the latest (the send plan's `givesUpAt`),
   * after which no step can still be running. Unset: the longest any step may run (48 h).
   */
  finalBy?: Date;
  /** What the send asked OMNI to hand back in its reports. */
  callbackData?: string;
}

export interface BulkSummary {
  bulkId: string;
  messageIds: string[];
  byStatus: { status: StatusGroup; count: number }[];
  byChannel: { channel: Channel; attempts: number; delivered: number }[];
  /** One entry per currency, summed over every attempt's price × parts. */
  totalPrice: Price[];
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
  /**
   * Stores what the database can hold and quarantines the rest (`refused`, and any report the
   * database turns down for its content), so one bad report never blocks the others. Rejects
   * only when nothing could be decided (the database is unreachable): then nothing of the
   * batch is lost by asking again.
   */
  save(reports: readonly DeliveryReport[], options: SaveOptions): Promise<SaveOutcome>;
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
  /** The tenant's reports that could not be stored, for an operator to look at. */
  readonly quarantine: Quarantine;
  /** The tenant's sent messages still waiting for a final report, to look up in OMNI's logs. */
  readonly reconciliation: ReconcileQueue;
  /** The tenant's messages, reports and bulks, page by page, for as long as the store keeps them. */
  readonly history: History;
}
