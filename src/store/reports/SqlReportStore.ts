import type { Channel } from "../../domain/channel.js";
import { parseOmniDate } from "../../domain/omniDate.js";
import type { MessageStatus, StatusGroup } from "../../domain/status.js";
import type { Database, Queryable } from "../Database.js";
import type { DeliveryReport } from "../../domain/deliveryReport.js";
import type {
  BulkSummary,
  MessageState,
  RefusedReport,
  ReportFilter,
  ReportNotice,
  ReportSource,
  ReportStore,
  SaveOptions,
  SaveOutcome,
  SentMessage,
  StatusChange,
  StoredReport,
} from "./ReportStore.js";
import { REPORT_COLUMNS, toStored, type ReportRow } from "./reportRows.js";
import { SqlConditions } from "./SqlConditions.js";
import { SqlHistory } from "./SqlHistory.js";
import { quarantineReports, SqlQuarantine } from "./SqlQuarantine.js";
import { SqlReconcileQueue } from "./SqlReconcileQueue.js";

/** The longest any step may run when the send's flow is unknown (OMNI's validity maximum). */
const LONGEST_STEP_MS = 48 * 3_600_000;

interface StateRow {
  message_id: string;
  bulk_id: string | null;
  channel: Channel | null;
  status: MessageStatus;
}

/**
 * A message's status moves forward only: DELIVERED ends it; otherwise the later report wins, and
 * at the same instant a finished attempt beats a pending one. So a late or replayed PENDING
 * never undoes an outcome, while the next failover step (a later PENDING) still shows.
 * `isAhead` is the same order for one batch in memory; FORWARD guards the row against
 * concurrent writers.
 */
const FORWARD = `(EXCLUDED.status_group = 'DELIVERED', EXCLUDED.done_at, EXCLUDED.status_group <> 'PENDING')
  > (m.status_group = 'DELIVERED', coalesce(m.done_at, '-infinity'), m.status_group <> 'PENDING')`;

/** One committed save, as an observer counts it: reports newly stored, reports quarantined. */
export interface SavedReports {
  source: ReportSource;
  stored: number;
  quarantined: number;
}

/** A send's recorded messages per statement; see `recordSent`. */
const RECORDED_PER_STATEMENT = 2_500;

/**
 * The store in PostgreSQL (or PGlite): reports by attempt, and one forward-only state per message.
 * One instance serves one tenant: every statement names it, so no read can see another's rows.
 */
export class SqlReportStore implements ReportStore {
  readonly channel: string;
  readonly quarantine: SqlQuarantine;
  readonly reconciliation: SqlReconcileQueue;
  readonly history: SqlHistory;

  constructor(
    private readonly db: Database,
    readonly tenant: string,
    /** Told of every committed save (metrics); a save that rejected committed nothing. */
    private readonly onSaved?: (saved: SavedReports) => void,
  ) {
    this.channel = reportChannelOf(db);
    this.quarantine = new SqlQuarantine(db, tenant);
    this.reconciliation = new SqlReconcileQueue(db, tenant);
    this.history = new SqlHistory(db, tenant);
  }

  /**
   * One transaction for the batch and its refused reports. When PostgreSQL refuses the batch
   * for its data (SQLSTATE class 22: a value out of range, an encoding it cannot take), each
   * report is tried alone and only those refused that way are quarantined; any other failure
   * (the database unreachable) rejects, and the caller keeps the batch to try again.
   */
  async save(reports: readonly DeliveryReport[], options: SaveOptions): Promise<SaveOutcome> {
    const outcome = await this.commit(reports, options);
    this.onSaved?.({
      source: options.source,
      stored: outcome.stored.length,
      quarantined: outcome.quarantined,
    });
    return outcome;
  }

  private async commit(
    reports: readonly DeliveryReport[],
    options: SaveOptions,
  ): Promise<SaveOutcome> {
    const { source } = options;
    const refused = options.refused ?? [];
    if (reports.length === 0 && refused.length === 0) return { stored: [], quarantined: 0 };
    try {
      return await this.db.transaction(async (tx) => ({
        stored: await this.insert(tx, reports, source),
        quarantined: await quarantineReports(tx, this.tenant, source, refused),
      }));
    } catch (error) {
      if (!isDataError(error) || reports.length === 0) throw error;
    }
    const stored: StoredReport[] = [];
    const alsoRefused: RefusedReport[] = [];
    for (const report of reports) {
      try {
        stored.push(...(await this.db.transaction((tx) => this.insert(tx, [report], source))));
      } catch (error) {
        if (!isDataError(error)) throw error;
        alsoRefused.push({ raw: report, reason: `refused by the database (${sqlStateOf(error)})` });
      }
    }
    const quarantined = await this.db.transaction((tx) =>
      quarantineReports(tx, this.tenant, source, [...refused, ...alsoRefused]),
    );
    return { stored, quarantined };
  }

  /**
   * A report rebuilt from the logs gives way to the real one when it comes (same attempt, same
   * key), which carries the error the logs lack; a real report is never replaced.
   */
  private async insert(
    tx: Queryable,
    reports: readonly DeliveryReport[],
    source: ReportSource,
  ): Promise<StoredReport[]> {
    if (reports.length === 0) return [];
    const rows = reports
      .map((r) => ({
        message_id: r.messageId,
        channel: r.channel,
        status_id: r.status.id,
        done_at: parseOmniDate(r.doneAt).toISOString(),
        status_group: r.status.groupName,
        sent_at: parseOmniDate(r.sentAt).toISOString(),
        bulk_id: r.bulkId ?? null,
        destination: r.to,
        message_count: r.messageCount,
        price_per_message: r.price?.pricePerMessage ?? null,
        currency: r.price?.currency ?? null,
        body: r,
      }))
      // One lock order for every writer, so concurrent intakes of overlapping batches never deadlock.
      .sort((a, b) => compareKeys(keyOf(a), keyOf(b)));

    const inserted = await tx.query<ReportRow>(
      `INSERT INTO reports AS old (tenant, message_id, channel, status_id, done_at, status_group,
         sent_at, bulk_id, destination, message_count, price_per_message, currency, body, source)
       SELECT $2, message_id, channel, status_id, done_at, status_group, sent_at, bulk_id,
         destination, message_count, price_per_message, currency, body, $3
       FROM jsonb_to_recordset($1::jsonb) AS r(message_id text, channel text, status_id integer,
         done_at timestamptz, status_group text, sent_at timestamptz, bulk_id text,
         destination text, message_count integer, price_per_message double precision,
         currency text, body jsonb)
       ON CONFLICT (tenant, message_id, channel, status_id, done_at) DO UPDATE SET
         body = EXCLUDED.body, source = EXCLUDED.source, sent_at = EXCLUDED.sent_at,
         bulk_id = EXCLUDED.bulk_id, destination = EXCLUDED.destination,
         message_count = EXCLUDED.message_count, price_per_message = EXCLUDED.price_per_message,
         currency = EXCLUDED.currency, received_at = now()
       WHERE old.source = 'logs' AND EXCLUDED.source <> 'logs'
       RETURNING ${REPORT_COLUMNS}`,
      [JSON.stringify(rows), this.tenant, source],
    );
    if (inserted.length === 0) return [];
    const fresh = inserted.map(toStored);
    // By message, not searched per message: a page holds up to 1000 reports.
    const destinations = new Map(fresh.map((r) => [r.messageId, r.to]));
    const callbackData = new Map(
      fresh.flatMap((r) => (r.callbackData === undefined ? [] : [[r.messageId, r.callbackData]])),
    );
    const ids = [...new Set(fresh.map((r) => r.messageId))].sort();
    // Locked, so the states each notice announces follow one another without gaps.
    const before = await tx.query<StateRow & { done_at: Date | null }>(
      `SELECT message_id, bulk_id, channel, status, done_at FROM message_states
       WHERE tenant = $2 AND message_id IN (SELECT jsonb_array_elements_text($1::jsonb))
       ORDER BY message_id FOR UPDATE`,
      [JSON.stringify(ids), this.tenant],
    );
    const progress = new Map(
      before.map((row) => [row.message_id, { ...toState(row), doneAt: row.done_at ?? undefined }]),
    );
    const notices: ReportNotice[] = [];
    for (const report of [...fresh].sort(byDoneAt)) {
      const current = progress.get(report.messageId);
      const candidate = {
        messageId: report.messageId,
        bulkId: report.bulkId ?? current?.bulkId,
        channel: report.channel,
        status: report.status,
        doneAt: parseOmniDate(report.doneAt),
      };
      const next = current && !isAhead(candidate, current) ? current : candidate;
      progress.set(report.messageId, next);
      const { doneAt: _doneAt, ...state } = next;
      notices.push({
        tenant: this.tenant,
        key: {
          messageId: report.messageId,
          bulkId: report.bulkId,
          channel: report.channel,
          statusId: report.status.id,
          doneAt: report.doneAt,
        },
        state,
      });
    }
    // A delivery is final whatever the flow, so it ends the message's looks at the logs.
    await tx.query(
      `INSERT INTO message_states AS m (tenant, message_id, bulk_id, destination, channel,
         status_group, status, done_at, callback_data)
       SELECT $2, message_id, bulk_id, destination, channel, status_group, status, done_at,
         callback_data
       FROM jsonb_to_recordset($1::jsonb) AS r(message_id text, bulk_id text, destination text,
         channel text, status_group text, status jsonb, done_at timestamptz, callback_data text)
       ORDER BY message_id
       ON CONFLICT (tenant, message_id) DO UPDATE SET
         bulk_id = coalesce(EXCLUDED.bulk_id, m.bulk_id), destination = EXCLUDED.destination,
         callback_data = coalesce(m.callback_data, EXCLUDED.callback_data),
         channel = EXCLUDED.channel, status_group = EXCLUDED.status_group,
         status = EXCLUDED.status, done_at = EXCLUDED.done_at, updated_at = now(),
         reconcile_after = CASE WHEN EXCLUDED.status_group = 'DELIVERED' THEN NULL
                                ELSE m.reconcile_after END
       WHERE ${FORWARD}`,
      [
        JSON.stringify(
          ids.map((id) => {
            const state = progress.get(id)!;
            return {
              message_id: id,
              bulk_id: state.bulkId ?? null,
              destination: destinations.get(id),
              channel: state.channel ?? null,
              status_group: state.status.groupName,
              status: state.status,
              done_at: state.doneAt?.toISOString() ?? null,
              callback_data: callbackData.get(id) ?? null,
            };
          }),
        ),
        this.tenant,
      ],
    );
    await recordBulks(
      tx,
      this.tenant,
      ids.map((id) => progress.get(id)!.bulkId),
    );
    await tx.query(
      "SELECT pg_notify($1, payload) FROM jsonb_array_elements_text($2::jsonb) AS payload",
      [this.channel, JSON.stringify(notices.map((n) => JSON.stringify(n)))],
    );
    return fresh;
  }

  /**
   * Also puts each message in the reconciliation queue (`reconcile_after` '-infinity': first
   * look not set yet), unless a report that delivered it came first, and gives its bulk a row.
   */
  async recordSent(messages: readonly SentMessage[]): Promise<void> {
    if (messages.length === 0) return;
    // One send time for the bulk and every message, from the database's clock, as a single
    // transaction's now() would give: a bulk never sorts before its own messages.
    const [clock] = await this.db.query<{ now: Date | string }>(
      "SELECT date_trunc('milliseconds', now()) AS now",
    );
    const sentAt = new Date(clock!.now).toISOString();
    await recordBulks(
      this.db,
      this.tenant,
      messages.map((m) => m.bulkId),
      sentAt,
    );
    // A big send's rows go in a few statements side by side (each atomic on its own), which
    // PostgreSQL writes on as many cores: under a 10 000-destination send, ~400 ms in one,
    // ~300 ms in four.
    const parts: (readonly SentMessage[])[] = [];
    for (let at = 0; at < messages.length; at += RECORDED_PER_STATEMENT) {
      parts.push(messages.slice(at, at + RECORDED_PER_STATEMENT));
    }
    await Promise.all(parts.map((part) => this.recordMessages(this.db, part, sentAt)));
  }

  private async recordMessages(
    db: Queryable,
    messages: readonly SentMessage[],
    sentAt: string,
  ): Promise<void> {
    await db.query(
      `INSERT INTO message_states AS m (tenant, message_id, bulk_id, destination, status_group,
         status, recorded_at, final_by, reconcile_after, callback_data, sent_at)
       SELECT $2, message_id, bulk_id, destination, status->>'groupName', status, now(),
         coalesce(final_by, now() + $3::float8 * interval '1 millisecond'), '-infinity',
         callback_data, $4::timestamptz
       FROM jsonb_to_recordset($1::jsonb)
         AS r(message_id text, bulk_id text, destination text, status jsonb, final_by timestamptz,
           callback_data text)
       ON CONFLICT (tenant, message_id) DO UPDATE SET
         recorded_at = EXCLUDED.recorded_at, final_by = EXCLUDED.final_by,
         callback_data = coalesce(m.callback_data, EXCLUDED.callback_data),
         reconcile_after = CASE WHEN m.status_group = 'DELIVERED' THEN NULL
                                ELSE EXCLUDED.reconcile_after END
       WHERE m.recorded_at IS NULL`,
      [
        JSON.stringify(
          messages.map((m) => ({
            message_id: m.messageId,
            bulk_id: m.bulkId ?? null,
            destination: m.to,
            status: m.status,
            final_by: m.finalBy?.toISOString() ?? null,
            callback_data: m.callbackData ?? null,
          })),
        ),
        this.tenant,
        LONGEST_STEP_MS,
        sentAt,
      ],
    );
  }

  async find(filter: ReportFilter): Promise<StoredReport[]> {
    const where = new SqlConditions();
    where.add((n) => `tenant = ${n}`, this.tenant);
    // GraphQL lets a caller write null for any optional filter; null filters nothing, like absent.
    if (filter.bulkId != null) where.add((n) => `bulk_id = ${n}`, filter.bulkId);
    if (filter.messageIds != null) {
      where.add(
        (n) => `message_id IN (SELECT jsonb_array_elements_text(${n}::jsonb))`,
        JSON.stringify(filter.messageIds),
      );
    }
    if (filter.channel != null) where.add((n) => `channel = ${n}`, filter.channel);
    const { params, sql } = where;
    params.push(filter.limit);
    const rows = await this.db.query<ReportRow>(
      `SELECT ${REPORT_COLUMNS} FROM reports
       WHERE ${sql.join(" AND ")}
       ORDER BY done_at DESC, received_at DESC
       LIMIT $${params.length}`,
      params,
    );
    return rows.map(toStored);
  }

  async byMessageIds(ids: readonly string[]): Promise<Map<string, StoredReport[]>> {
    const result = new Map<string, StoredReport[]>();
    if (ids.length === 0) return result;
    const rows = await this.db.query<ReportRow>(
      `SELECT ${REPORT_COLUMNS} FROM reports
       WHERE tenant = $2 AND message_id IN (SELECT jsonb_array_elements_text($1::jsonb))
       ORDER BY message_id, done_at, sent_at`,
      [JSON.stringify(ids), this.tenant],
    );
    for (const row of rows) {
      const report = toStored(row);
      const list = result.get(report.messageId);
      if (list) list.push(report);
      else result.set(report.messageId, [report]);
    }
    return result;
  }

  async statesOf(ids: readonly string[]): Promise<Map<string, MessageState>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.query<StateRow>(
      `SELECT message_id, bulk_id, channel, status FROM message_states
       WHERE tenant = $2 AND message_id IN (SELECT jsonb_array_elements_text($1::jsonb))`,
      [JSON.stringify(ids), this.tenant],
    );
    return new Map(rows.map((row) => [row.message_id, toState(row)]));
  }

  async bulk(bulkId: string): Promise<BulkSummary | undefined> {
    const [messages, channels, prices] = await Promise.all([
      this.db.query<{ message_id: string; status_group: StatusGroup }>(
        `SELECT message_id, status_group FROM message_states
         WHERE tenant = $2 AND bulk_id = $1 ORDER BY message_id`,
        [bulkId, this.tenant],
      ),
      this.db.query<{ channel: Channel; attempts: number; delivered: number }>(
        `SELECT channel, count(*)::int AS attempts,
           (count(*) FILTER (WHERE status_group = 'DELIVERED'))::int AS delivered
         FROM reports WHERE tenant = $2 AND bulk_id = $1 AND status_group <> 'PENDING'
         GROUP BY channel ORDER BY channel`,
        [bulkId, this.tenant],
      ),
      // Final reports only, the attempts byChannel counts: a price totals what those cost.
      this.db.query<{ currency: string; total: number }>(
        `SELECT currency, sum((price_per_message * message_count)::numeric)::float8 AS total
         FROM reports WHERE tenant = $2 AND bulk_id = $1 AND currency IS NOT NULL
           AND status_group <> 'PENDING'
         GROUP BY currency ORDER BY currency`,
        [bulkId, this.tenant],
      ),
    ]);
    if (messages.length === 0) return undefined;
    const counts = new Map<StatusGroup, number>();
    for (const m of messages) counts.set(m.status_group, (counts.get(m.status_group) ?? 0) + 1);
    return {
      bulkId,
      messageIds: messages.map((m) => m.message_id),
      byStatus: [...counts].map(([status, count]) => ({ status, count })),
      byChannel: channels,
      totalPrice: prices.map((p) => ({ currency: p.currency, pricePerMessage: p.total })),
    };
  }

  async change({ key, state }: ReportNotice): Promise<StatusChange | undefined> {
    const [row] = await this.db.query<ReportRow>(
      `SELECT ${REPORT_COLUMNS} FROM reports
       WHERE tenant = $5 AND message_id = $1 AND channel = $2 AND status_id = $3 AND done_at = $4`,
      [
        key.messageId,
        key.channel,
        key.statusId,
        parseOmniDate(key.doneAt).toISOString(),
        this.tenant,
      ],
    );
    return row && { report: toStored(row), state };
  }
}

/**
 * Gives every bulk its row, the first time one of its messages is sent or reported, so the
 * history pages bulks without grouping every message. Sorted: one lock order for every writer.
 * `sentAt` unset: the bulk was sent now.
 */
async function recordBulks(
  db: Queryable,
  tenant: string,
  bulkIds: readonly (string | undefined)[],
  sentAt?: string,
): Promise<void> {
  const unique = [...new Set(bulkIds.filter((id): id is string => id !== undefined))].sort();
  if (unique.length === 0) return;
  await db.query(
    `INSERT INTO bulks (tenant, bulk_id, sent_at)
     SELECT $1, bulk_id, coalesce($3::timestamptz, date_trunc('milliseconds', now()))
     FROM jsonb_array_elements_text($2::jsonb) WITH ORDINALITY AS b(bulk_id, n)
     ORDER BY n
     ON CONFLICT (tenant, bulk_id) DO NOTHING`,
    [tenant, JSON.stringify(unique), sentAt ?? null],
  );
}

/** One LISTEN/NOTIFY channel for every tenant: notices name their tenant. */
export function reportChannelOf(db: Database): string {
  return `${db.namespace}_report_stored`;
}

interface Progress {
  status: MessageStatus;
  doneAt?: Date;
}

function isAhead(next: Progress, current: Progress): boolean {
  const rank = (p: Progress) =>
    [
      p.status.groupName === "DELIVERED" ? 1 : 0,
      p.doneAt?.getTime() ?? -Infinity,
      p.status.groupName === "PENDING" ? 0 : 1,
    ] as const;
  const [a, b] = [rank(next), rank(current)];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

function byDoneAt(a: StoredReport, b: StoredReport): number {
  return parseOmniDate(a.doneAt).getTime() - parseOmniDate(b.doneAt).getTime();
}

type Key = [string, string, number, string];

function keyOf(row: { message_id: string; channel: string; status_id: number; done_at: string }) {
  return [row.message_id, row.channel, row.status_id, row.done_at] satisfies Key;
}

function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return 0;
}

/** SQLSTATE class 22, "data exception": the statement's values, not the database, are at fault. */
function isDataError(error: unknown): boolean {
  return /^22[0-9A-Z]{3}$/.test(sqlStateOf(error));
}

function sqlStateOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

function toState(row: StateRow): MessageState {
  return {
    messageId: row.message_id,
    bulkId: row.bulk_id ?? undefined,
    channel: row.channel ?? undefined,
    status: row.status,
  };
}
