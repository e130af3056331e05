import type { Database } from "./Database.js";

/** How long a key holds its result. */
export const KEY_TTL_HOURS = 24;

export type Claim =
  | { kind: "claimed" }
  | { kind: "reused" }
  | { kind: "inFlight" }
  | { kind: "done"; result: unknown }
  /** The first call may or may not have reached upstream; `refs` are the ids it sent. */
  | { kind: "unknown"; refs: string[] };

interface KeyRow {
  fingerprint: string;
  state: "IN_FLIGHT" | "UNKNOWN" | "DONE";
  refs: string[];
  result: unknown;
  lease_over: boolean;
}

/**
 * Idempotency keys in the shared database, so a key claimed by one replica is claimed for all.
 * Times are the database's, so replicas with skewed clocks agree on leases and expiry. Keys are
 * per tenant: two tenants choosing the same key make two independent sends.
 */
export class IdempotencyStore {
  constructor(
    private readonly db: Database,
    readonly tenant: string,
  ) {}

  /**
   * Claims `key` for a call with `fingerprint`, or reports who holds it. An expired key is
   * claimed afresh. A claim whose holder vanished (crash) without an answer counts as unknown
   * once its lease is over.
   */
  async claim(
    key: string,
    fingerprint: string,
    refs: readonly string[],
    leaseMs: number,
  ): Promise<Claim> {
    for (;;) {
      const claimed = await this.db.query(
        `INSERT INTO idempotency_keys AS k (tenant, key, fingerprint, state, refs, lease_until,
           expires_at)
         VALUES ($5, $1, $2, 'IN_FLIGHT', $3::jsonb, now() + $4 * interval '1 millisecond',
           now() + interval '${KEY_TTL_HOURS} hours')
         ON CONFLICT (tenant, key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, state = 'IN_FLIGHT',
           refs = EXCLUDED.refs, result = NULL, lease_until = EXCLUDED.lease_until,
           expires_at = EXCLUDED.expires_at
         WHERE k.expires_at <= now()
         RETURNING key`,
        [key, fingerprint, JSON.stringify(refs), leaseMs, this.tenant],
      );
      if (claimed.length) return { kind: "claimed" };
      const [row] = await this.db.query<KeyRow>(
        `SELECT fingerprint, state, refs, result, lease_until <= now() AS lease_over
         FROM idempotency_keys WHERE tenant = $2 AND key = $1 AND expires_at > now()`,
        [key, this.tenant],
      );
      // Released or expired between the two statements: claim again.
      if (!row) continue;
      return toClaim(row, fingerprint);
    }
  }

  async complete(key: string, result: unknown): Promise<void> {
    await this.db.query(
      "UPDATE idempotency_keys SET state = 'DONE', result = $2::jsonb WHERE tenant = $3 AND key = $1",
      [key, JSON.stringify(result), this.tenant],
    );
  }

  /** The call failed before anything was sent: the key is free for a retry. */
  async release(key: string): Promise<void> {
    await this.db.query(
      "DELETE FROM idempotency_keys WHERE tenant = $2 AND key = $1 AND state = 'IN_FLIGHT'",
      [key, this.tenant],
    );
  }

  async markUnknown(key: string): Promise<void> {
    await this.db.query(
      "UPDATE idempotency_keys SET state = 'UNKNOWN' WHERE tenant = $2 AND key = $1",
      [key, this.tenant],
    );
  }
}

/** Keys past their 24 hours, of every tenant: one sweep serves them all. */
export async function deleteExpiredKeys(db: Database): Promise<number> {
  const rows = await db.query(
    "DELETE FROM idempotency_keys WHERE expires_at <= now() RETURNING key",
  );
  return rows.length;
}

function toClaim(row: KeyRow, fingerprint: string): Claim {
  if (row.fingerprint !== fingerprint) return { kind: "reused" };
  if (row.state === "DONE") return { kind: "done", result: row.result };
  if (row.state === "UNKNOWN" || row.lease_over) return { kind: "unknown", refs: row.refs };
  return { kind: "inFlight" };
}
