import type { Database } from "../../omni/Database.js";

/**
 * Schema changes, applied in order, each once. Append only: a released migration never changes,
 * because some database out there already ran it. The same SQL runs on PGlite and PostgreSQL.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE reports (
    message_id text NOT NULL,
    channel text NOT NULL,
    status_id integer NOT NULL,
    done_at timestamptz NOT NULL,
    status_group text NOT NULL,
    sent_at timestamptz NOT NULL,
    bulk_id text,
    destination text NOT NULL,
    message_count integer NOT NULL,
    price_per_message double precision,
    currency text,
    body jsonb NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (message_id, channel, status_id, done_at)
  );
  CREATE INDEX reports_by_bulk ON reports (bulk_id, done_at) WHERE bulk_id IS NOT NULL;
  CREATE INDEX reports_by_destination ON reports (destination, done_at);
  CREATE INDEX reports_by_done_at ON reports (done_at);

  CREATE TABLE message_states (
    message_id text PRIMARY KEY,
    bulk_id text,
    destination text,
    channel text,
    status_group text NOT NULL,
    status jsonb NOT NULL,
    done_at timestamptz,
    updated_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX message_states_by_bulk ON message_states (bulk_id) WHERE bulk_id IS NOT NULL;

  CREATE TABLE idempotency_keys (
    key text PRIMARY KEY,
    fingerprint text NOT NULL,
    state text NOT NULL CHECK (state IN ('IN_FLIGHT', 'UNKNOWN', 'DONE')),
    refs jsonb NOT NULL,
    result jsonb,
    lease_until timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
  );
  CREATE INDEX idempotency_keys_by_expiry ON idempotency_keys (expires_at);
  `,
];

/**
 * Brings the schema up to date. Replicas starting together take turns on an advisory lock, so
 * each migration runs exactly once.
 */
export async function migrate(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext(current_schema()))");
    await tx.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    const rows = await tx.query<{ version: number }>(
      "SELECT coalesce(max(version), 0)::int AS version FROM schema_migrations",
    );
    const applied = rows[0]?.version ?? 0;
    for (const [index, sql] of MIGRATIONS.entries()) {
      const version = index + 1;
      if (version <= applied) continue;
      for (const statement of statementsOf(sql)) await tx.query(statement);
      await tx.query("INSERT INTO schema_migrations (version) VALUES ($1)", [version]);
    }
  });
}

/** Extended-protocol queries take one statement each; migrations never contain a literal `;`. */
function statementsOf(sql: string): string[] {
  return sql
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
}
