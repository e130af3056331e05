import type { Database, Queryable } from "./Database.js";
import {
  chargesFor,
  configuredWindows,
  LONGEST_WINDOW_SECONDS,
  neverFits,
  QUOTA_WINDOWS,
  secondsUntilReset,
  usageOf,
  WINDOW_SECONDS,
  windowStart,
  type QuotaCharge,
  type QuotaDecision,
  type QuotaLimits,
  type QuotaUsage,
  type QuotaWindow,
} from "../domain/quota.js";

/** Thrown inside the transaction so that it rolls back every window charged before this one. */
class OverLimit extends Error {
  constructor(
    readonly charge: QuotaCharge,
    readonly now: Date,
  ) {
    super(`quota ${charge.window} is over its limit`);
  }
}

/**
 * Per-tenant send quotas in the shared database: one counter row per tenant, window and window
 * start, so every replica counts against the same rows. Window starts come from the database's
 * `now()`, so replicas with skewed clocks agree on which window a send falls in.
 *
 * rate-limiter-flexible has a PostgreSQL store, but it takes a `pg` (or Knex, Sequelize, TypeORM)
 * client and cannot run on embedded PGlite, and its union of limiters charges each limiter on its
 * own, leaving the others charged when one refuses. Plain SQL through our `Database` runs on both
 * and lets one transaction charge every window or none.
 */
export class QuotaStore {
  constructor(private readonly db: Database) {}

  /**
   * Charges one send of `messages` messages to every window `limits` configures, or to none if
   * any would go over. A refusal names the longest window that is full.
   */
  async consume(tenant: string, limits: QuotaLimits, messages: number): Promise<QuotaDecision> {
    const charges = chargesFor(limits, messages);
    const impossible = neverFits(charges);
    if (impossible) {
      return { allowed: false, window: impossible.window, limit: impossible.limit, never: true };
    }
    if (!charges.length) return { allowed: true };
    try {
      await this.db.transaction(async (tx) => {
        const now = await databaseNow(tx);
        // In QUOTA_WINDOWS order, one row lock after the other: concurrent sends of a tenant wait
        // on the first row they share, and never hold one the other needs next.
        for (const charge of charges) {
          const [row] = await tx.query<{ used: unknown }>(
            `INSERT INTO quota_usage AS u (tenant, quota, window_start, used)
             VALUES ($1, $2, $3::timestamptz, $4)
             ON CONFLICT (tenant, quota, window_start) DO UPDATE SET used = u.used + EXCLUDED.used
             RETURNING u.used`,
            [tenant, charge.window, windowStart(charge.window, now).toISOString(), charge.amount],
          );
          if (Number(row!.used) > charge.limit) throw new OverLimit(charge, now);
        }
      });
      return { allowed: true };
    } catch (error) {
      if (!(error instanceof OverLimit)) throw error;
      const { window, limit } = error.charge;
      return {
        allowed: false,
        window,
        limit,
        retryAfterSeconds: secondsUntilReset(window, error.now),
      };
    }
  }

  /** What is used and left in the current window of each window `limits` configures. */
  async usage(tenant: string, limits: QuotaLimits): Promise<QuotaUsage[]> {
    const windows = configuredWindows(limits);
    if (!windows.length) return [];
    const now = await databaseNow(this.db);
    const params: unknown[] = [tenant];
    const current = windows.map(({ window }) => {
      params.push(window, windowStart(window, now).toISOString());
      return `($${params.length - 1}::text, $${params.length}::timestamptz)`;
    });
    const rows = await this.db.query<{ quota: QuotaWindow; used: unknown }>(
      `SELECT c.quota, u.used FROM (VALUES ${current.join(", ")}) AS c (quota, window_start)
       JOIN quota_usage u ON u.tenant = $1 AND u.quota = c.quota AND u.window_start = c.window_start`,
      params,
    );
    const used = new Map(rows.map((r) => [r.quota, Number(r.used)]));
    return windows.map(({ window, limit }) => usageOf(window, limit, used.get(window) ?? 0, now));
  }

  /**
   * Deletes the rows of windows that are over, each by its own length, so the second-long rows
   * of a busy tenant do not pile up for a day. A quota this code no longer knows is kept for the
   * longest window.
   */
  async deleteExpired(): Promise<number> {
    const params: unknown[] = [];
    const lengths = QUOTA_WINDOWS.map((window) => {
      params.push(window, WINDOW_SECONDS[window]);
      return `WHEN $${params.length - 1}::text THEN $${params.length}::int`;
    });
    params.push(LONGEST_WINDOW_SECONDS);
    const [row] = await this.db.query<{ count: number }>(
      `WITH swept AS (
         DELETE FROM quota_usage
         WHERE window_start + (CASE quota ${lengths.join(" ")} ELSE $${params.length}::int END)
           * interval '1 second' <= now()
         RETURNING 1
       )
       SELECT count(*)::int AS count FROM swept`,
      params,
    );
    return row?.count ?? 0;
  }
}

/** The database's clock: within a transaction, the same instant for every statement. */
async function databaseNow(db: Queryable): Promise<Date> {
  const [row] = await db.query<{ now: Date | string }>("SELECT now() AS now");
  return new Date(row!.now);
}
