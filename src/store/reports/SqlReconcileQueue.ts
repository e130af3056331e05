import type { Database } from "../Database.js";
import type { ClaimedMessage, FirstLook, ReconcileQueue, Verdict } from "./ReconcileQueue.js";

interface ClaimRow {
  message_id: string;
  recorded_at: Date;
  final_by: Date;
  reconcile_checks: number;
}

/**
 * `message_states.reconcile_after` is the next look: NULL when there is none (never sent by this
 * gateway, delivered, or done), '-infinity' for a message recorded but not yet given its first
 * look. The first look is set by the reconciler rather than at send time because the settings
 * (how soon, the grace period) are the reconciler's. One instance serves one tenant.
 */
export class SqlReconcileQueue implements ReconcileQueue {
  constructor(
    private readonly db: Database,
    private readonly tenant: string,
  ) {}

  async schedule({ afterMs, graceMs }: FirstLook): Promise<number> {
    return this.count(
      `UPDATE message_states SET reconcile_after = least(
         recorded_at + $2::float8 * interval '1 millisecond',
         final_by + $3::float8 * interval '1 millisecond')
       WHERE tenant = $1 AND reconcile_after = '-infinity'
       RETURNING 1`,
      [this.tenant, afterMs, graceMs],
    );
  }

  async claim(limit: number, leaseMs: number): Promise<ClaimedMessage[]> {
    // SKIP LOCKED: replicas claiming at the same moment each take other rows instead of waiting.
    const rows = await this.db.query<ClaimRow>(
      `UPDATE message_states AS m
       SET reconcile_lease_until = now() + $3::float8 * interval '1 millisecond'
       FROM (
         SELECT message_id FROM message_states
         WHERE tenant = $1 AND reconcile_after > '-infinity' AND reconcile_after <= now()
           AND (reconcile_lease_until IS NULL OR reconcile_lease_until <= now())
         ORDER BY reconcile_after
         LIMIT $2
         FOR UPDATE SKIP LOCKED
       ) AS due
       WHERE m.tenant = $1 AND m.message_id = due.message_id
       RETURNING m.message_id, m.recorded_at, m.final_by, m.reconcile_checks`,
      [this.tenant, limit, leaseMs],
    );
    return rows.map((row) => ({
      messageId: row.message_id,
      recordedAt: new Date(row.recorded_at),
      finalBy: new Date(row.final_by),
      checks: row.reconcile_checks,
    }));
  }

  async settle(verdicts: readonly Verdict[]): Promise<void> {
    if (verdicts.length === 0) return;
    // A delivery stored meanwhile ends the message's looks, whatever this look found.
    await this.db.query(
      `UPDATE message_states AS m SET
         reconcile_after = CASE WHEN m.status_group = 'DELIVERED' THEN NULL ELSE v.next_at END,
         reconcile_checks = m.reconcile_checks + 1,
         reconcile_lease_until = NULL,
         reconciled_at = CASE WHEN v.reconciled THEN coalesce(m.reconciled_at, now())
                              ELSE m.reconciled_at END
       FROM jsonb_to_recordset($2::jsonb) AS v(message_id text, next_at timestamptz, reconciled boolean)
       WHERE m.tenant = $1 AND m.message_id = v.message_id`,
      [
        this.tenant,
        JSON.stringify(
          verdicts.map((v) => ({
            message_id: v.messageId,
            next_at: v.next?.toISOString() ?? null,
            reconciled: v.reconciled,
          })),
        ),
      ],
    );
  }

  async release(messageIds: readonly string[]): Promise<void> {
    if (messageIds.length === 0) return;
    await this.db.query(
      `UPDATE message_states SET reconcile_lease_until = NULL
       WHERE tenant = $1 AND message_id IN (SELECT jsonb_array_elements_text($2::jsonb))`,
      [this.tenant, JSON.stringify(messageIds)],
    );
  }

  async soon(): Promise<number> {
    return this.count(
      `UPDATE message_states SET reconcile_after = now()
       WHERE tenant = $1 AND (reconcile_after > now() OR reconcile_after = '-infinity')
       RETURNING 1`,
      [this.tenant],
    );
  }

  /** How many rows an UPDATE touched, without sending them all back. */
  private async count(update: string, params: readonly unknown[]): Promise<number> {
    const [row] = await this.db.query<{ n: number }>(
      `WITH touched AS (${update}) SELECT count(*)::int AS n FROM touched`,
      params,
    );
    return row?.n ?? 0;
  }
}
