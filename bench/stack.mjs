// The three peers on loopback: the sandbox (OMNI's twin, the floor), the plain hand-written
// subgraph, and ours (dist/gateway.js), each a process of its own started on a free port.
import { rm } from "node:fs/promises";
import os from "node:os";
import { freePort, onInterrupt, startNode, stop, waitFor } from "./processes.mjs";

export const API_KEY = "bench-api-key-0123456789abcdef";
/** Ours runs as deployed behind a router: production, and only the router may call. */
const ROUTER_SECRET = "bench-router-secret-0123456789abcdef";
export const ROUTER_HEADERS = { "router-authorization": ROUTER_SECRET };
const ROUTER_SCOPES = "scenarios:read messages:read messages:send";

/** What the bench itself was given that must not leak into a child unasked. */
const OWN_VARIABLES = ["DATABASE_URL", "DATABASE_SCHEMA", "DATA_DIR", "SCENARIO_CACHE_TTL_MS"];

function childEnv(extra) {
  const env = { ...process.env, NODE_ENV: "production", LOG_LEVEL: "warn" };
  for (const name of OWN_VARIABLES) delete env[name];
  for (const [name, value] of Object.entries(extra)) if (value !== undefined) env[name] = value;
  return env;
}

export const usesPostgres = Boolean(process.env.DATABASE_URL);

/** Scratch folders and PostgreSQL schemas the run made, removed at the end. */
const scratch = { dirs: new Set(), schemas: new Set() };

export function scratchDir(name) {
  const dir = `${os.tmpdir()}/omni-bench-${process.pid}-${name}`;
  scratch.dirs.add(dir);
  return dir;
}

export function scratchSchema(name) {
  const schema = `omni_bench_${process.pid}_${name}`;
  scratch.schemas.add(schema);
  return schema;
}

onInterrupt(() => removeScratch());

export async function removeScratch() {
  await Promise.all([...scratch.dirs].map((dir) => rm(dir, { recursive: true, force: true })));
  if (usesPostgres && scratch.schemas.size) {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      for (const schema of scratch.schemas)
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    } finally {
      await client.end();
    }
  }
}

export async function postJson(url, body, headers = {}) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

export async function graphql(peer, query, variables) {
  const body = await postJson(peer.url, { query, variables }, peer.headers);
  if (body.errors) throw new Error(`${peer.name}: ${JSON.stringify(body.errors[0])}`);
  return body.data;
}

export async function startSandbox() {
  const port = await freePort();
  const child = startNode("dist/sandboxMain.js", {
    env: childEnv({
      SANDBOX_PORT: String(port),
      SANDBOX_API_KEY: API_KEY,
      // Frozen: messages stay where a workload left them until it advances the clock.
      SANDBOX_CLOCK_SPEED: "0",
    }),
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(child, async () => (await fetch(`${url}/sandbox/health`)).ok, "sandbox");
  const omni = (method, path, body) =>
    fetch(`${url}${path}`, {
      method,
      headers: { authorization: `App ${API_KEY}`, "content-type": "application/json" },
      body: body && JSON.stringify(body),
    }).then(async (r) => {
      if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
      return r.json();
    });
  const admin = (method, path, body) =>
    fetch(`${url}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body && JSON.stringify(body),
    }).then((r) => r.json());
  return {
    name: "sandbox",
    child,
    url,
    omni,
    /** Upstream calls by "METHOD /route/{template}" since the last reset. */
    calls: async () => (await admin("GET", "/sandbox/stats")).requests,
    resetCalls: () => admin("POST", "/sandbox/stats/reset"),
    advanceClock: (minutes) => admin("POST", "/sandbox/clock/advance", { minutes }),
    reset: () => admin("POST", "/sandbox/reset"),
  };
}

const answersTypename = (url, headers) => async () => {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query: "{ __typename }" }),
  });
  return response.ok;
};

/**
 * Our gateway, as `npm start` runs it unless `script` says otherwise. `store` picks PostgreSQL
 * (a schema of its own) or PGlite (a folder of its own); `env` adds to or overrides the rest.
 * Resolves once `{ __typename }` is answered, with the time from spawn to that answer.
 */
export async function startOurs(
  sandbox,
  { name = "ours", store, env = {}, nodeArgs, script = "dist/gateway.js" } = {},
) {
  const port = await freePort();
  const startedAt = performance.now();
  const child = startNode(script, {
    nodeArgs,
    env: childEnv({
      PORT: String(port),
      OMNI_BASE_URL: sandbox.url,
      OMNI_API_KEY: API_KEY,
      ROUTER_SECRET,
      ROUTER_DEFAULT_SCOPES: ROUTER_SCOPES,
      SHUTDOWN_DRAIN_MS: "0",
      ...(store.schema
        ? { DATABASE_URL: process.env.DATABASE_URL, DATABASE_SCHEMA: store.schema }
        : { DATA_DIR: store.dataDir }),
      ...env,
    }),
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitFor(child, answersTypename(url, ROUTER_HEADERS), name);
  return { name, child, url, headers: ROUTER_HEADERS, startMs: performance.now() - startedAt };
}

/** The hand-written Apollo subgraph of bench/plainSubgraph/. */
export async function startPlain(sandbox, { name = "plain" } = {}) {
  const port = await freePort();
  const startedAt = performance.now();
  const child = startNode("bench/plainSubgraph/server.mjs", {
    env: childEnv({ PORT: String(port), OMNI_BASE_URL: sandbox.url, OMNI_API_KEY: API_KEY }),
  });
  const url = `http://127.0.0.1:${port}/`;
  await waitFor(child, answersTypename(url, {}), name);
  return { name, child, url, headers: {}, startMs: performance.now() - startedAt };
}

/** The store of the long-running gateways: the deployed one when DATABASE_URL is set. */
export function mainStore(name) {
  return usesPostgres ? { schema: scratchSchema(name) } : { dataDir: scratchDir(name) };
}

export { stop };
