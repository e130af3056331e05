import { createHash } from "node:crypto";
import type { Database, Queryable } from "../Database.js";
import {
  refusedMessageId,
  type Quarantine,
  type QuarantinedReport,
  type QuarantineQuery,
} from "./Quarantine.js";
import { escapeControls } from "./escapeControls.js";
import type { RefusedReport, ReportSource } from "./ReportStore.js";

/**
 * Enough of any report to see what is wrong with it; a page holds up to 1000 reports, and the
 * quarantine must not become the largest table because one sender sends megabytes.
 */
const MAX_RAW_CHARS = 64 * 1024;
const MAX_REASON_CHARS = 500;

interface QuarantineRow {
  id: string;
  message_id: string | null;
  reason: string;
  source: ReportSource;
  received_at: Date;
  raw: string;
}

/** The quarantine in PostgreSQL (or PGlite); one instance serves one tenant. */
export class SqlQuarantine implements Quarantine {
  constructor(
    private readonly db: Database,
    private readonly tenant: string,
  ) {}

  async list({ limit, before }: QuarantineQuery): Promise<QuarantinedReport[]> {
    const rows = await this.db.query<QuarantineRow>(
      `SELECT id::text AS id, message_id, reason, source, received_at, raw FROM report_quarantine
       WHERE tenant = $1 AND ($2::bigint IS NULL OR id < $2::bigint)
       ORDER BY id DESC LIMIT $3`,
      [this.tenant, before ?? null, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      ...(row.message_id !== null && { messageId: row.message_id }),
      reason: row.reason,
      source: row.source,
      receivedAt: new Date(row.received_at),
      raw: row.raw,
    }));
  }
}

/**
 * Puts refused reports into the quarantine inside the caller's transaction, so they commit (or
 * not) together with the rest of their page. JSON text holds any content PostgreSQL's text
 * cannot (U+0000 and lone surrogates come out as `\u` escapes); a report delivered again is kept
 * once. Resolves with how many were new.
 */
export async function quarantineReports(
  tx: Queryable,
  tenant: string,
  source: ReportSource,
  refused: readonly RefusedReport[],
): Promise<number> {
  if (refused.length === 0) return 0;
  const rows = refused.map((report) => {
    const json = JSON.stringify(report.raw) ?? "null";
    return {
      digest: createHash("sha256").update(json).digest("hex"),
      message_id: refusedMessageId(report) ?? null,
      raw: json.length > MAX_RAW_CHARS ? `${json.slice(0, MAX_RAW_CHARS)}…` : json,
      reason: escapeControls(report.reason).slice(0, MAX_REASON_CHARS),
    };
  });
  const inserted = await tx.query<{ id: string }>(
    `INSERT INTO report_quarantine (tenant, digest, message_id, raw, reason, source)
     SELECT $2, digest, message_id, raw, reason, $3 FROM jsonb_to_recordset($1::jsonb)
       AS q(digest text, message_id text, raw text, reason text)
     ON CONFLICT (tenant, digest) DO NOTHING
     RETURNING id`,
    [JSON.stringify(rows), tenant, source],
  );
  return inserted.length;
}
