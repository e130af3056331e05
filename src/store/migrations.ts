import type { Database } from "./Database.js";

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
  // tenants: every row names its tenant, part of every key; rows from before belong to the
  // implicit tenant. The default is dropped again so no write can forget to name one.
  `
  ALTER TABLE reports ADD COLUMN tenant text NOT NULL DEFAULT 'default';
  ALTER TABLE reports ALTER COLUMN tenant DROP DEFAULT;
  ALTER TABLE reports DROP CONSTRAINT reports_pkey;
  ALTER TABLE reports ADD PRIMARY KEY (tenant, message_id, channel, status_id, done_at);
  DROP INDEX reports_by_bulk;
  CREATE INDEX reports_by_bulk ON reports (tenant, bulk_id, done_at) WHERE bulk_id IS NOT NULL;
  DROP INDEX reports_by_destination;
  CREATE INDEX reports_by_destination ON reports (tenant, destination, done_at);
  DROP INDEX reports_by_done_at;
  CREATE INDEX reports_by_done_at ON reports (tenant, done_at);

  ALTER TABLE message_states ADD COLUMN tenant text NOT NULL DEFAULT 'default';
  ALTER TABLE message_states ALTER COLUMN tenant DROP DEFAULT;
  ALTER TABLE message_states DROP CONSTRAINT message_states_pkey;
  ALTER TABLE message_states ADD PRIMARY KEY (tenant, message_id);
  DROP INDEX message_states_by_bulk;
  CREATE INDEX message_states_by_bulk ON message_states (tenant, bulk_id) WHERE bulk_id IS NOT NULL;

  ALTER TABLE idempotency_keys ADD COLUMN tenant text NOT NULL DEFAULT 'default';
  ALTER TABLE idempotency_keys ALTER COLUMN tenant DROP DEFAULT;
  ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_pkey;
  ALTER TABLE idempotency_keys ADD PRIMARY KEY (tenant, key);
  `,
  // quotas: one counter per tenant, quota window and window start (see QuotaStore).
  `
  CREATE TABLE quota_usage (
    tenant text NOT NULL,
    quota text NOT NULL,
    window_start timestamptz NOT NULL,
    used bigint NOT NULL CHECK (used >= 0),
    PRIMARY KEY (tenant, quota, window_start)
  );
  `,
  // quarantine and reconciliation: reports the database cannot hold wait for an operator, kept
  // once each as JSON text; every report says where it came from (NULL: stored before this);
  // each message the gateway sent carries its next look at OMNI's logs (see SqlReconcileQueue).
  `
  CREATE TABLE report_quarantine (
    id bigserial PRIMARY KEY,
    tenant text NOT NULL,
    digest text NOT NULL,
    message_id text,
    raw text NOT NULL,
    reason text NOT NULL,
    source text NOT NULL CHECK (source IN ('poll', 'webhook', 'logs')),
    received_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant, digest)
  );
  CREATE INDEX report_quarantine_by_tenant ON report_quarantine (tenant, id);

  ALTER TABLE reports ADD COLUMN source text CHECK (source IN ('poll', 'webhook', 'logs'));

  ALTER TABLE message_states ADD COLUMN recorded_at timestamptz;
  ALTER TABLE message_states ADD COLUMN final_by timestamptz;
  ALTER TABLE message_states ADD COLUMN reconcile_after timestamptz;
  ALTER TABLE message_states ADD COLUMN reconcile_checks integer NOT NULL DEFAULT 0;
  ALTER TABLE message_states ADD COLUMN reconcile_lease_until timestamptz;
  ALTER TABLE message_states ADD COLUMN reconciled_at timestamptz;
  CREATE INDEX message_states_to_reconcile ON message_states (tenant, reconcile_after)
    WHERE reconcile_after IS NOT NULL;
  CREATE INDEX message_states_reconciled ON message_states (tenant)
    WHERE reconciled_at IS NOT NULL;
  `,
  // history: every message keeps when the gateway sent it (or first heard of it: rows from before
  // take their recording, else their first report) and the send's callbackData, and every bulk
  // has a row, so the history pages by keyset: newest first over (sent_at, id), or for reports
  // over their key (done_at first). The defaults stay: a writer that names no time means "now",
  // to the millisecond, as clients see it (a DateTime has no microseconds), so that a message's
  // own sentAt as a bound includes it.
  `
  ALTER TABLE message_states ADD COLUMN sent_at timestamptz;
  ALTER TABLE message_states ADD COLUMN callback_data text;
  UPDATE message_states AS m SET
    sent_at = date_trunc('milliseconds', coalesce(m.recorded_at,
      (SELECT min(r.sent_at) FROM reports r
       WHERE r.tenant = m.tenant AND r.message_id = m.message_id),
      m.updated_at)),
    callback_data = (SELECT r.body->>'callbackData' FROM reports r
      WHERE r.tenant = m.tenant AND r.message_id = m.message_id
        AND r.body->>'callbackData' IS NOT NULL
      LIMIT 1);
  ALTER TABLE message_states ALTER COLUMN sent_at SET DEFAULT date_trunc('milliseconds', now());
  ALTER TABLE message_states ALTER COLUMN sent_at SET NOT NULL;
  CREATE INDEX message_states_by_sent ON message_states (tenant, sent_at, message_id);
  DROP INDEX message_states_by_bulk;
  CREATE INDEX message_states_by_bulk ON message_states (tenant, bulk_id, sent_at, message_id)
    WHERE bulk_id IS NOT NULL;

  DROP INDEX reports_by_done_at;
  CREATE INDEX reports_by_done_at ON reports (tenant, done_at, message_id, channel, status_id);

  CREATE TABLE bulks (
    tenant text NOT NULL,
    bulk_id text NOT NULL,
    sent_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
    PRIMARY KEY (tenant, bulk_id)
  );
  INSERT INTO bulks (tenant, bulk_id, sent_at)
    SELECT tenant, bulk_id, min(sent_at) FROM message_states
    WHERE bulk_id IS NOT NULL GROUP BY tenant, bulk_id;
  CREATE INDEX bulks_by_sent ON bulks (tenant, sent_at, bulk_id);
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
