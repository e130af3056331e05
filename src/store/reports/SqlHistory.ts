import type { Channel } from "../../domain/channel.js";
import type { MessageStatus, StatusGroup } from "../../domain/status.js";
import type { Database } from "../Database.js";
import type {
  BulkHistoryFilter,
  BulkTotals,
  History,
  MessageHistoryFilter,
  Page,
  PageRequest,
  ReportHistoryFilter,
  SortKey,
  StoredBulk,
  StoredMessage,
} from "./History.js";
import type { StoredReport } from "./ReportStore.js";
import { toStored, type ReportRow } from "./reportRows.js";
import { SqlConditions } from "./SqlConditions.js";

/** One listing: the rows it reads, and its sort key, newest first, as SQL sees them. */
interface Listing<Row, Item> {
  from: string;
  columns: string;
  key: readonly { column: string; type: "timestamptz" | "text" | "integer" }[];
  toItem(row: Row): Item;
}

interface MessageRow {
  message_id: string;
  bulk_id: string | null;
  destination: string | null;
  channel: Channel | null;
  status: MessageStatus;
  callback_data: string | null;
  sent_at: Date;
}

interface BulkRow {
  bulk_id: string;
  sent_at: Date;
}

const MESSAGES: Listing<MessageRow, StoredMessage> = {
  from: "message_states m",
  columns:
    "m.message_id, m.bulk_id, m.destination, m.channel, m.status, m.callback_data, m.sent_at",
  key: [
    { column: "m.sent_at", type: "timestamptz" },
    { column: "m.message_id", type: "text" },
  ],
  toItem: toMessage,
};

/** By when the attempt ended, then the rest of the report's primary key. */
const REPORTS: Listing<ReportRow, StoredReport> = {
  from: "reports r",
  columns: "r.body, r.received_at, r.source",
  key: [
    { column: "r.done_at", type: "timestamptz" },
    { column: "r.message_id", type: "text" },
    { column: "r.channel", type: "text" },
    { column: "r.status_id", type: "integer" },
  ],
  toItem: toStored,
};

const BULKS: Listing<BulkRow, StoredBulk> = {
  from: "bulks b",
  columns: "b.bulk_id, b.sent_at",
  key: [
    { column: "b.sent_at", type: "timestamptz" },
    { column: "b.bulk_id", type: "text" },
  ],
  toItem: (row) => ({ bulkId: row.bulk_id, sentAt: new Date(row.sent_at) }),
};

/** `(key columns) op (the key's values)`: PostgreSQL compares rows in order, by the index. */
function compareKey(
  where: SqlConditions,
  listing: Listing<unknown, unknown>,
  op: string,
  key: SortKey,
): void {
  const values = listing.key.map(({ type }, i) => {
    where.params.push(key[i]);
    return `$${where.params.length}::${type}`;
  });
  where.sql.push(`(${listing.key.map((k) => k.column).join(", ")}) ${op} (${values.join(", ")})`);
}

/**
 * The history in PostgreSQL (or PGlite), for one tenant: every statement names it. Timestamps of
 * sort keys are read as text to the microsecond, and compared as timestamps again.
 */
export class SqlHistory implements History {
  constructor(
    private readonly db: Database,
    private readonly tenant: string,
  ) {}

  messages(filter: MessageHistoryFilter, page: PageRequest): Promise<Page<StoredMessage>> {
    const where = this.scope("m");
    if (filter.statusGroup) where.add((p) => `m.status_group = ${p}`, filter.statusGroup);
    if (filter.channel) where.add((p) => `m.channel = ${p}`, filter.channel);
    if (filter.destination != null) {
      where.add(
        (p) => `(m.destination = ${p} OR EXISTS (SELECT 1 FROM reports r
          WHERE r.tenant = m.tenant AND r.message_id = m.message_id AND r.destination = ${p}))`,
        filter.destination,
      );
    }
    if (filter.bulkId != null) where.add((p) => `m.bulk_id = ${p}`, filter.bulkId);
    this.sentRange(where, "m.sent_at", filter);
    if (filter.callbackData != null) {
      where.add((p) => `m.callback_data = ${p}`, filter.callbackData);
    }
    return this.page(MESSAGES, where, page);
  }

  reports(filter: ReportHistoryFilter, page: PageRequest): Promise<Page<StoredReport>> {
    const where = this.scope("r");
    if (filter.statusGroup) where.add((p) => `r.status_group = ${p}`, filter.statusGroup);
    if (filter.channel) where.add((p) => `r.channel = ${p}`, filter.channel);
    if (filter.destination != null) {
      where.add((p) => `r.destination = ${p}`, filter.destination);
    }
    if (filter.bulkId != null) where.add((p) => `r.bulk_id = ${p}`, filter.bulkId);
    if (filter.messageIds != null) {
      where.add(
        (p) => `r.message_id IN (SELECT jsonb_array_elements_text(${p}::jsonb))`,
        JSON.stringify(filter.messageIds),
      );
    }
    this.sentRange(where, "r.sent_at", filter);
    if (filter.callbackData != null) {
      where.add((p) => `r.body->>'callbackData' = ${p}`, filter.callbackData);
    }
    return this.page(REPORTS, where, page);
  }

  bulks(filter: BulkHistoryFilter, page: PageRequest): Promise<Page<StoredBulk>> {
    const where = this.scope("b");
    this.sentRange(where, "b.sent_at", filter);
    return this.page(BULKS, where, page);
  }

  async messagesById(ids: readonly string[]): Promise<Map<string, StoredMessage>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.query<MessageRow>(
      `SELECT ${MESSAGES.columns} FROM ${MESSAGES.from}
       WHERE m.tenant = $1 AND m.message_id IN (SELECT jsonb_array_elements_text($2::jsonb))`,
      [this.tenant, JSON.stringify(ids)],
    );
    return new Map(rows.map((row) => [row.message_id, toMessage(row)]));
  }

  /** The three sums of ReportStore.bulk, for many bulks at once; byStatus in the same order. */
  async bulkTotals(ids: readonly string[]): Promise<Map<string, BulkTotals>> {
    if (ids.length === 0) return new Map();
    const params = [this.tenant, JSON.stringify(ids)];
    const inIds = "bulk_id IN (SELECT jsonb_array_elements_text($2::jsonb))";
    const [statuses, channels, prices] = await Promise.all([
      this.db.query<{ bulk_id: string; status: StatusGroup; count: number }>(
        `SELECT bulk_id, status_group AS status, count(*)::int AS count FROM message_states
         WHERE tenant = $1 AND ${inIds}
         GROUP BY bulk_id, status_group ORDER BY bulk_id, min(message_id)`,
        params,
      ),
      this.db.query<{ bulk_id: string; channel: Channel; attempts: number; delivered: number }>(
        `SELECT bulk_id, channel, count(*)::int AS attempts,
           (count(*) FILTER (WHERE status_group = 'DELIVERED'))::int AS delivered
         FROM reports WHERE tenant = $1 AND ${inIds} AND status_group <> 'PENDING'
         GROUP BY bulk_id, channel ORDER BY bulk_id, channel`,
        params,
      ),
      this.db.query<{ bulk_id: string; currency: string; total: number }>(
        `SELECT bulk_id, currency, sum((price_per_message * message_count)::numeric)::float8 AS total
         FROM reports WHERE tenant = $1 AND ${inIds} AND currency IS NOT NULL
           AND status_group <> 'PENDING'
         GROUP BY bulk_id, currency ORDER BY bulk_id, currency`,
        params,
      ),
    ]);
    const totals = new Map<string, BulkTotals>();
    const of = (bulkId: string) => {
      let entry = totals.get(bulkId);
      if (!entry) {
        entry = { bulkId, byStatus: [], byChannel: [], totalPrice: [] };
        totals.set(bulkId, entry);
      }
      return entry;
    };
    for (const { bulk_id, ...count } of statuses) of(bulk_id).byStatus.push(count);
    for (const { bulk_id, ...count } of channels) of(bulk_id).byChannel.push(count);
    for (const { bulk_id, currency, total } of prices) {
      of(bulk_id).totalPrice.push({ currency, pricePerMessage: total });
    }
    return totals;
  }

  private scope(alias: string): SqlConditions {
    const where = new SqlConditions();
    where.add((p) => `${alias}.tenant = ${p}`, this.tenant);
    return where;
  }

  private sentRange(where: SqlConditions, column: string, range: BulkHistoryFilter): void {
    if (range.sentSince) where.add((p) => `${column} >= ${p}`, range.sentSince.toISOString());
    if (range.sentUntil) where.add((p) => `${column} <= ${p}`, range.sentUntil.toISOString());
  }

  /**
   * Listing order is newest first (keys descending); a backward page reads ascending from its
   * `before` and turns round. One row more than asked says whether the walk goes on; whether
   * rows lie on the far side of the bound it started from is one EXISTS more, when it had one.
   */
  private async page<Row, Item>(
    listing: Listing<Row, Item>,
    where: SqlConditions,
    request: PageRequest,
  ): Promise<Page<Item>> {
    const bounded = where.copy();
    if (request.after) compareKey(bounded, listing, "<", request.after);
    if (request.before) compareKey(bounded, listing, ">", request.before);
    const direction = request.forward ? "DESC" : "ASC";
    const keys = listing.key.map(({ column, type }, i) =>
      type === "timestamptz"
        ? `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS k${i}`
        : `${column} AS k${i}`,
    );
    bounded.params.push(request.size + 1);
    const read = this.db.query<Row & Record<`k${number}`, string | number>>(
      `SELECT ${listing.columns}, ${keys.join(", ")} FROM ${listing.from}
       WHERE ${bounded.sql.join(" AND ")}
       ORDER BY ${listing.key.map((k) => `${k.column} ${direction}`).join(", ")}
       LIMIT $${bounded.params.length}`,
      bounded.params,
    );
    const start = request.forward ? request.after : request.before;
    const beyondStart = start ? this.exists(listing, where, request.forward, start) : false;
    const [rows, behind] = await Promise.all([read, beyondStart]);
    const more = rows.length > request.size;
    const taken = rows.slice(0, request.size);
    if (!request.forward) taken.reverse();
    return {
      rows: taken.map((row) => ({
        key: listing.key.map((_, i) => row[`k${i}`]!),
        item: listing.toItem(row),
      })),
      hasNext: request.forward ? more : behind,
      hasPrevious: request.forward ? behind : more,
    };
  }

  /** Whether a row lies at or beyond `bound` on the side the page turned its back on. */
  private async exists(
    listing: Listing<unknown, unknown>,
    where: SqlConditions,
    forward: boolean,
    bound: SortKey,
  ): Promise<boolean> {
    const beyond = where.copy();
    compareKey(beyond, listing, forward ? ">=" : "<=", bound);
    const [row] = await this.db.query<{ found: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${listing.from} WHERE ${beyond.sql.join(" AND ")}) AS found`,
      beyond.params,
    );
    return row?.found ?? false;
  }
}

function toMessage(row: MessageRow): StoredMessage {
  return {
    messageId: row.message_id,
    bulkId: row.bulk_id ?? undefined,
    destination: row.destination ?? undefined,
    channel: row.channel ?? undefined,
    status: row.status,
    callbackData: row.callback_data ?? undefined,
    sentAt: new Date(row.sent_at),
  };
}
