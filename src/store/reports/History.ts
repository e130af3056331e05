import type { Channel } from "../../domain/channel.js";
import type { MessageStatus, StatusGroup } from "../../domain/status.js";
import type { BulkSummary, StoredReport } from "./ReportStore.js";

/**
 * What each position of a sort key holds. A timestamp travels as ISO 8601 text in UTC to the
 * microsecond, as the database keeps it: a Date's milliseconds would put rows of the same
 * millisecond on the wrong side of a page's bound.
 */
export type KeyPart = "timestamp" | "text" | "integer";
export type SortKey = readonly (string | number)[];

/** The sort keys of the three listings, newest first; the last parts make each key unique. */
export const MESSAGE_KEY: readonly KeyPart[] = ["timestamp", "text"];
export const REPORT_KEY: readonly KeyPart[] = ["timestamp", "text", "text", "integer"];
export const BULK_KEY: readonly KeyPart[] = ["timestamp", "text"];

/**
 * One page of a listing. Rows are in listing order (newest first) between the exclusive bounds
 * `after` and `before`: the first `size` of them walking `forward`, else the last `size`.
 */
export interface PageRequest {
  size: number;
  forward: boolean;
  after?: SortKey;
  before?: SortKey;
}

export interface Page<T> {
  rows: { key: SortKey; item: T }[];
  /** Rows follow the page (older ones). */
  hasNext: boolean;
  /** Rows precede the page (newer ones). */
  hasPrevious: boolean;
}

/** Filters match all they give; a field left out or null filters nothing (GraphQL's null). */
export interface MessageHistoryFilter {
  statusGroup?: StatusGroup | null;
  channel?: Channel | null;
  /** The send's address, or the address of any attempt's report. */
  destination?: string | null;
  bulkId?: string | null;
  sentSince?: Date | null;
  sentUntil?: Date | null;
  callbackData?: string | null;
}

export interface ReportHistoryFilter {
  statusGroup?: StatusGroup | null;
  channel?: Channel | null;
  destination?: string | null;
  bulkId?: string | null;
  messageIds?: readonly string[] | null;
  sentSince?: Date | null;
  sentUntil?: Date | null;
  callbackData?: string | null;
}

export interface BulkHistoryFilter {
  sentSince?: Date | null;
  sentUntil?: Date | null;
}

/** A message as the gateway keeps it: what the send said, and where its reports left it. */
export interface StoredMessage {
  messageId: string;
  bulkId?: string;
  /** The send's address (a report's, for a message known only from reports). */
  destination?: string;
  /** The channel of the attempt behind `status`; unset until a report came. */
  channel?: Channel;
  status: MessageStatus;
  callbackData?: string;
  /** When the gateway sent the message, or first heard of it. */
  sentAt: Date;
}

export interface StoredBulk {
  bulkId: string;
  /** When the gateway sent the bulk's first message, or first heard of the bulk. */
  sentAt: Date;
}

/** A bulk's statistics without its message ids: a page of bulks may hold millions of messages. */
export type BulkTotals = Omit<BulkSummary, "messageIds">;

/**
 * The tenant's history as its store holds it, paged by keyset: a page starts after a row's key
 * rather than at an offset, so rows arriving meanwhile never shift it (new sends sort before
 * every page already read) and no row of a walk is shown twice or skipped.
 */
export interface History {
  messages(filter: MessageHistoryFilter, page: PageRequest): Promise<Page<StoredMessage>>;
  reports(filter: ReportHistoryFilter, page: PageRequest): Promise<Page<StoredReport>>;
  bulks(filter: BulkHistoryFilter, page: PageRequest): Promise<Page<StoredBulk>>;
  /** The stored messages among `ids`; ids the store does not hold are left out. */
  messagesById(ids: readonly string[]): Promise<Map<string, StoredMessage>>;
  /** Statistics of the bulks among `ids`, as ReportStore.bulk counts them. */
  bulkTotals(ids: readonly string[]): Promise<Map<string, BulkTotals>>;
}
