import {
  __name
} from "./chunk-SHUYVCID.js";

// dist/server/cors.js
import cors from "cors";
var CORS_METHODS = ["GET", "POST", "OPTIONS"];
var CORS_ALLOWED_HEADERS = [
  // `application/json` is not a safelisted content type: every Apollo Client or Sandbox POST.
  "content-type",
  // Caller authentication from a page: `Bearer <JWT>`.
  "authorization",
  // The headers Apollo Server's CSRF prevention accepts on GET and multipart requests.
  "apollo-require-preflight",
  "x-apollo-operation-name",
  // Apollo Client's client awareness (its `name` and `version` options).
  "apollographql-client-name",
  "apollographql-client-version"
];
var CORS_MAX_AGE_SECONDS = 600;
function corsOptions(policy) {
  return {
    origin: [...policy.origins],
    credentials: policy.credentials,
    methods: CORS_METHODS.join(", "),
    allowedHeaders: CORS_ALLOWED_HEADERS.join(", "),
    maxAge: CORS_MAX_AGE_SECONDS,
    // Preflights end here: Apollo Server would answer OPTIONS with 400.
    preflightContinue: false,
    optionsSuccessStatus: 204
  };
}
__name(corsOptions, "corsOptions");
function corsHandler(policy) {
  return cors(corsOptions(policy));
}
__name(corsHandler, "corsHandler");
var WEB_SCHEME = /^https?:$/;
var OTHER_ORIGIN = /^[a-z][a-z0-9+.-]*:\/\/(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:[0-9]{1,5})?$/;
function originProblem(entry) {
  const shape = `"${entry}" is not an origin (scheme://host[:port], no path, wildcard or pattern)`;
  if (entry.includes("*"))
    return shape;
  let url;
  try {
    url = new URL(entry);
  } catch {
    return shape;
  }
  if (!WEB_SCHEME.test(url.protocol))
    return OTHER_ORIGIN.test(entry) ? void 0 : shape;
  if (url.origin === entry)
    return void 0;
  return `"${entry}" never matches: browsers send "${url.origin}"`;
}
__name(originProblem, "originProblem");

// dist/store/openDatabase.js
import { mkdir, readdir } from "node:fs/promises";

// dist/store/migrations.js
var MIGRATIONS = [
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
  `
];
async function migrate(db) {
  await db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext(current_schema()))");
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const rows = await tx.query("SELECT coalesce(max(version), 0)::int AS version FROM schema_migrations");
    const applied = rows[0]?.version ?? 0;
    for (const [index, sql] of MIGRATIONS.entries()) {
      const version2 = index + 1;
      if (version2 <= applied)
        continue;
      for (const statement of statementsOf(sql))
        await tx.query(statement);
      await tx.query("INSERT INTO schema_migrations (version) VALUES ($1)", [version2]);
    }
  });
}
__name(migrate, "migrate");
function statementsOf(sql) {
  return sql.split(";").map((s) => s.trim()).filter(Boolean);
}
__name(statementsOf, "statementsOf");

// dist/store/pgliteTemplate.js
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
var { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.resolve("@electric-sql/pglite")), "utf8"));
var PGLITE_TEMPLATE = new URL(`../pglite-template-${version}.tar.gz`, import.meta.url);
async function shippedPgliteTemplate() {
  try {
    return new Blob([await readFile(PGLITE_TEMPLATE)]);
  } catch {
    return void 0;
  }
}
__name(shippedPgliteTemplate, "shippedPgliteTemplate");

// dist/store/openDatabase.js
var DEFAULT_SCHEMA = "omni_gateway";
var SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,40}$/;
async function openDatabase(settings, onError) {
  const schema = settings.schema ?? DEFAULT_SCHEMA;
  if (!SCHEMA_NAME.test(schema))
    throw new Error(`Invalid database schema name "${schema}".`);
  let db;
  if (settings.url) {
    const { openPostgres } = await import("./postgres-FBULD2QM.js");
    db = await openPostgres(settings.url, schema, onError);
  } else {
    const { openPglite } = await import("./pglite-ACIPG6FJ.js");
    const fresh = !settings.dataDir || await isEmpty(settings.dataDir);
    if (settings.dataDir)
      await mkdir(settings.dataDir, { recursive: true });
    const template = fresh ? settings.pgliteTemplate ?? await shippedPgliteTemplate() : void 0;
    db = await openPglite(schema, settings.dataDir, template);
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
__name(openDatabase, "openDatabase");
async function isEmpty(dir) {
  try {
    return (await readdir(dir)).length === 0;
  } catch {
    return true;
  }
}
__name(isEmpty, "isEmpty");

// dist/server/limits/limits.js
var DEFAULT_LIMITS = {
  // Our largest: a plan or send for 10 000 destinations, about 20 700. One page of 1000 messages
  // with their attempts (9 001) fits twice; 130 of them, or 60 pages of scenarios, do not.
  cost: 25e3,
  // Ours nest 5 fields at most; Armor's 6 would leave a router's `_entities` no room.
  depth: 10,
  // Armor's default; none of ours uses an alias.
  aliases: 15,
  directives: 50,
  // The parser cap the gateway always had: ours stay under 100.
  tokens: 2e3,
  // A router's entity batch for one page of messages.
  entityReferences: 1e3,
  // No more than the budget: OMNI reads scenarios one at a time.
  entityScenarioKeys: 50,
  upstreamCalls: 50
};
var DEFAULT_LIST_SIZE = 10;

export {
  corsHandler,
  originProblem,
  DEFAULT_SCHEMA,
  openDatabase,
  DEFAULT_LIMITS,
  DEFAULT_LIST_SIZE
};
