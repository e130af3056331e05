// `npm run bench`: the gateway's cost, measured, not asserted. Three processes on loopback: the
// sandbox, the gateway (against the sandbox over HTTP, as against Infobip), and autocannon as the
// load. Each figure is the median of several runs, with min and max. Writes bench/results/*.json.
import { spawn } from "node:child_process";
import { readFile, mkdir, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const API_KEY = "bench-api-key-0123456789abcdef";

const children = new Set();
process.on("exit", () => children.forEach((c) => c.kill("SIGKILL")));

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function start(script, env) {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, LOG_LEVEL: "warn", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

async function stop(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, sleep(3_000).then(() => child.kill("SIGKILL"))]);
}

async function waitForGraphQL(url, deadlineMs = 30_000) {
  const until = Date.now() + deadlineMs;
  for (;;) {
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer in ${deadlineMs} ms`);
    await sleep(5);
  }
}

async function startSandbox() {
  const port = await freePort();
  const child = start("dist/sandboxMain.js", {
    SANDBOX_PORT: String(port),
    SANDBOX_API_KEY: API_KEY,
    SANDBOX_CLOCK_SPEED: "0",
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/sandbox/health`)).ok) break;
    } catch {
      if (i > 600) throw new Error("sandbox did not start");
      await sleep(10);
    }
  }
  return { child, url };
}

async function startGateway(sandboxUrl) {
  const port = await freePort();
  const startedAt = performance.now();
  const child = start("dist/main.js", {
    PORT: String(port),
    OMNI_BASE_URL: sandboxUrl,
    OMNI_API_KEY: API_KEY,
    // With DATABASE_URL (as deployed) the store is PostgreSQL in its own schema; without it, an
    // embedded PGlite in a throwaway folder, whose cold start includes creating the database.
    DATABASE_SCHEMA: `omni_bench_${process.pid}`,
    DATA_DIR: `${os.tmpdir()}/omni-bench-${process.pid}-${port}`,
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitForGraphQL(url);
  return { child, url, coldStartMs: performance.now() - startedAt };
}

async function graphql(url, query, variables) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors[0])}`);
  return body.data;
}

async function rest(url, method = "GET", body) {
  const response = await fetch(url, {
    method,
    headers: { authorization: `App ${API_KEY}`, "content-type": "application/json" },
    body: body && JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status}`);
  return response.json();
}

const admin = (sandbox, method, path, body) =>
  fetch(`${sandbox.url}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body && JSON.stringify(body),
  }).then((r) => r.json());

function summarise(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)],
    min: sorted[0],
    max: sorted.at(-1),
    runs: values,
  };
}

function autocannon(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["node_modules/autocannon/autocannon.js", "--json", ...args],
      {
        stdio: ["ignore", "pipe", "ignore"],
      },
    );
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`autocannon ${code}`)),
    );
  });
}

/**
 * At CONNECTIONS the load finds the throughput ceiling, where latency is mostly queueing; with one
 * connection nothing queues, so latency is the cost of one request.
 */
async function load(url, { method = "GET", headers = {}, body, connections = CONNECTIONS } = {}) {
  const args = ["-c", String(connections), "-d", String(DURATION_S), "-m", method];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}=${value}`);
  if (body) args.push("-b", body);
  const result = await autocannon([...args, url]);
  if (result.non2xx || result.errors)
    throw new Error(`load on ${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/** CPU seconds (user + system) a process has used, from /proc: the gateway's own cost per request. */
async function cpuSeconds(pid) {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function withCpu(pids, run) {
  const before = await Promise.all(pids.map(cpuSeconds));
  const result = await run();
  const after = await Promise.all(pids.map(cpuSeconds));
  const requests = result.rps * DURATION_S;
  return { ...result, cpuMsPerRequest: after.map((a, i) => ((a - before[i]) * 1000) / requests) };
}

async function rssSampler(pid) {
  let peak = 0;
  let running = true;
  const read = async () => {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) * 1024;
  };
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await read());
      await sleep(5);
    }
  })();
  return async () => {
    running = false;
    await loop;
    return Math.max(peak, await read());
  };
}

// --- scenarios -------------------------------------------------------------------------------

async function upstreamCalls(sandbox, gateway) {
  const destinations = Array.from({ length: 1000 }, (_, i) => ({
    to: { phoneNumber: `4179400${String(i).padStart(4, "0")}` },
  }));
  const sent = await graphql(
    gateway.url,
    "mutation($input: SendTextInput!) { sendText(input: $input) { messages { messageId } } }",
    { input: { destinations, text: "Benchmark" } },
  );
  const ids = sent.sendText.messages.map((m) => m.messageId);
  await admin(sandbox, "POST", "/sandbox/clock/advance", { minutes: 1 });

  const scenarioKeys = [];
  for (let i = 0; i < 10; i++) {
    const created = await rest(`${sandbox.url}/omni/1/scenarios`, "POST", {
      name: `bench ${i}`,
      flow: [{ channel: "SMS", from: "InfoSMS" }],
    });
    scenarioKeys.push(created.key);
  }

  const rows = [];
  for (const n of [1, 10, 100, 1000]) {
    const count = async (run) => {
      await admin(sandbox, "POST", "/sandbox/stats/reset");
      await run();
      return (await admin(sandbox, "GET", "/sandbox/stats")).requests;
    };
    const viaQuery = await count(() =>
      graphql(
        gateway.url,
        "query($f: MessageFilter) { messages(filter: $f) { messageId status { name } channel } }",
        { f: { messageIds: ids.slice(0, n), limit: 1000 } },
      ),
    );
    const viaEntities = await count(() =>
      graphql(
        gateway.url,
        "query($r: [_Any!]!) { _entities(representations: $r) { ... on Message { messageId status { name } channel } } }",
        { r: ids.slice(0, n).map((messageId) => ({ __typename: "Message", messageId })) },
      ),
    );
    const scenarios = await count(() =>
      graphql(
        gateway.url,
        "query($r: [_Any!]!) { _entities(representations: $r) { ... on Scenario { key name } } }",
        {
          r: Array.from({ length: n }, (_, i) => ({
            __typename: "Scenario",
            key: scenarioKeys[i % 10],
          })),
        },
      ),
    );
    rows.push({
      n,
      "Query.messages: logs calls": viaQuery["GET /omni/1/logs"] ?? 0,
      "_entities Message: logs calls": viaEntities["GET /omni/1/logs"] ?? 0,
      "_entities Scenario (10 distinct keys): scenario reads":
        scenarios["GET /omni/1/scenarios/{scenarioKey}"] ?? 0,
    });
  }
  return rows;
}

async function overhead(sandbox, gateway) {
  const [{ key }] = (await rest(`${sandbox.url}/omni/1/scenarios?isDefault=true`)).scenarios;
  const direct = { headers: { authorization: `App ${API_KEY}` } };
  const viaGateway = {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `{ scenario(key: "${key}") { key name isDefault flow { channel from } } }`,
    }),
  };
  // Warm-up: JIT, connection pools, the gateway's document cache.
  await load(`${sandbox.url}/omni/1/scenarios/${key}`, direct);
  await load(gateway.url, viaGateway);

  const rest_ = [];
  const gql = [];
  const pids = [sandbox.child.pid, gateway.child.pid];
  for (let run = 0; run < RUNS; run++) {
    rest_.push(await withCpu(pids, () => load(`${sandbox.url}/omni/1/scenarios/${key}`, direct)));
    gql.push(await withCpu(pids, () => load(gateway.url, viaGateway)));
  }
  const single = { rest: [], gql: [] };
  for (let run = 0; run < RUNS; run++) {
    single.rest.push(
      await load(`${sandbox.url}/omni/1/scenarios/${key}`, { ...direct, connections: 1 }),
    );
    single.gql.push(await load(gateway.url, { ...viaGateway, connections: 1 }));
  }
  const pick = (runs, field) => summarise(runs.map((r) => r[field]));
  return {
    oneConnection: {
      directRest: { p50Ms: pick(single.rest, "p50"), p99Ms: pick(single.rest, "p99") },
      gateway: { p50Ms: pick(single.gql, "p50"), p99Ms: pick(single.gql, "p99") },
      addedP99Ms: summarise(single.gql.map((g, i) => g.p99 - single.rest[i].p99)),
    },
    connections: CONNECTIONS,
    durationSeconds: DURATION_S,
    directRest: {
      rps: pick(rest_, "rps"),
      p50Ms: pick(rest_, "p50"),
      p99Ms: pick(rest_, "p99"),
      sandboxCpuMsPerRequest: summarise(rest_.map((r) => r.cpuMsPerRequest[0])),
    },
    gateway: {
      rps: pick(gql, "rps"),
      p50Ms: pick(gql, "p50"),
      p99Ms: pick(gql, "p99"),
      sandboxCpuMsPerRequest: summarise(gql.map((r) => r.cpuMsPerRequest[0])),
      gatewayCpuMsPerRequest: summarise(gql.map((r) => r.cpuMsPerRequest[1])),
    },
    throughputRatio: summarise(gql.map((g, i) => g.rps / rest_[i].rps)),
    addedP99Ms: summarise(gql.map((g, i) => g.p99 - rest_[i].p99)),
  };
}

async function bulkSend(sandbox, gateway) {
  const rows = [];
  for (const n of [1, 100, 1000, 10_000]) {
    const times = [];
    let peakRss = 0;
    for (let run = 0; run < RUNS; run++) {
      const destinations = Array.from({ length: n }, (_, i) => ({
        to: { phoneNumber: `4178${String(run).padStart(2, "0")}${String(i).padStart(6, "0")}` },
      }));
      const sample = await rssSampler(gateway.child.pid);
      const started = performance.now();
      const data = await graphql(
        gateway.url,
        "mutation($input: SendAdvancedInput!) { sendAdvanced(input: $input) { bulkId messages { messageId status { name } } } }",
        { input: { destinations, sms: { text: "Your parcel is on its way." } } },
      );
      times.push(performance.now() - started);
      peakRss = Math.max(peakRss, await sample());
      if (data.sendAdvanced.messages.length !== n) throw new Error(`bulk of ${n}: wrong answer`);
    }
    rows.push({
      destinations: n,
      ms: summarise(times),
      peakRssMB: Math.round(peakRss / 1024 / 1024),
    });
    await admin(sandbox, "POST", "/sandbox/reset");
  }
  return rows;
}

async function coldStart(sandbox) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const gateway = await startGateway(sandbox.url);
    times.push(gateway.coldStartMs);
    await stop(gateway.child);
  }
  return summarise(times);
}

async function sandboxAlone(sandbox) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    runs.push(
      await load(`${sandbox.url}/omni/1/scenarios?limit=1`, {
        headers: { authorization: `App ${API_KEY}` },
      }),
    );
  }
  return { rps: summarise(runs.map((r) => r.rps)), p99Ms: summarise(runs.map((r) => r.p99)) };
}

// --- main ------------------------------------------------------------------------------------

const fmt = (s, unit = "") => `${round(s.median)}${unit} (${round(s.min)}–${round(s.max)})`;
const round = (x) => (Math.abs(x) >= 100 ? Math.round(x) : Math.round(x * 100) / 100);

const sandbox = await startSandbox();
const gateway = await startGateway(sandbox.url);
try {
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    runs: RUNS,
    store: process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : "embedded PGlite",
  };
  console.log(
    `machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, Node ${machine.node}; store: ${machine.store}; ${RUNS} runs each, median (min–max)\n`,
  );

  const calls = await upstreamCalls(sandbox, gateway);
  console.log("Upstream calls per operation");
  console.table(calls);

  const sandboxOnly = await sandboxAlone(sandbox);
  console.log(
    `\nSandbox alone, GET /omni/1/scenarios?limit=1 at ${CONNECTIONS} connections: ${fmt(sandboxOnly.rps, " req/s")}, p99 ${fmt(sandboxOnly.p99Ms, " ms")}`,
  );

  const over = await overhead(sandbox, gateway);
  console.log(
    `\nOverhead: Query.scenario(key) vs GET /omni/1/scenarios/{key}, ${CONNECTIONS} connections, ${DURATION_S} s per run`,
  );
  console.table({
    "direct REST": {
      "req/s": fmt(over.directRest.rps),
      "p50 ms": fmt(over.directRest.p50Ms),
      "p99 ms": fmt(over.directRest.p99Ms),
      "sandbox CPU ms/req": fmt(over.directRest.sandboxCpuMsPerRequest),
      "gateway CPU ms/req": "-",
    },
    gateway: {
      "req/s": fmt(over.gateway.rps),
      "p50 ms": fmt(over.gateway.p50Ms),
      "p99 ms": fmt(over.gateway.p99Ms),
      "sandbox CPU ms/req": fmt(over.gateway.sandboxCpuMsPerRequest),
      "gateway CPU ms/req": fmt(over.gateway.gatewayCpuMsPerRequest),
    },
  });
  console.log(
    `throughput ratio ${fmt(over.throughputRatio)}, added p99 ${fmt(over.addedP99Ms, " ms")}`,
  );
  const steady = over.oneConnection;
  console.log(
    `one connection (no queueing): direct p50 ${fmt(steady.directRest.p50Ms, " ms")} p99 ${fmt(steady.directRest.p99Ms, " ms")}; gateway p50 ${fmt(steady.gateway.p50Ms, " ms")} p99 ${fmt(steady.gateway.p99Ms, " ms")}; added p99 ${fmt(steady.addedP99Ms, " ms")}`,
  );

  const bulk = await bulkSend(sandbox, gateway);
  console.log("\nBulk send (sendAdvanced, end to end)");
  console.table(
    bulk.map((r) => ({
      destinations: r.destinations,
      ms: fmt(r.ms),
      "gateway peak RSS MB": r.peakRssMB,
    })),
  );

  const cold = await coldStart(sandbox);
  console.log(`\nCold start to first GraphQL answer: ${fmt(cold, " ms")}`);

  const result = {
    at: new Date().toISOString(),
    machine,
    upstreamCalls: calls,
    sandboxAlone: sandboxOnly,
    overhead: over,
    bulkSend: bulk,
    coldStartMs: cold,
  };
  await mkdir("bench/results", { recursive: true });
  await writeFile("bench/results/latest.json", `${JSON.stringify(result, null, 2)}\n`);
  console.log("\nwritten to bench/results/latest.json");
} finally {
  await stop(gateway.child);
  await stop(sandbox.child);
}
