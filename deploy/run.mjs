import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  DEFAULT_DATABASE_SCHEMA,
  DEFAULT_DATABASE_URL,
  HIVE_GATEWAY_BIN,
  startSupergraph,
} from "./kit.mjs";

/**
 * `npm run supergraph`: builds the gateway, installs the kit's own packages when they are
 * missing, starts the whole supergraph on fixed ports and keeps it running until Ctrl-C. Any
 * process of it that dies takes the rest down, so a half-working supergraph never lingers.
 * DATABASE_URL and DATABASE_SCHEMA choose where the replicas keep their state.
 */

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const PORTS = { router: 4000, balancer: 4100, replicas: [4101, 4102], sandbox: 4010, crm: 4201 };
const TOKEN_TTL_SECONDS = 12 * 3600;

function run(command, args) {
  const { status } = spawnSync(command, args, { cwd: ROOT, stdio: "inherit" });
  if (status !== 0) process.exit(status ?? 1);
}

run("npm", ["run", "build", "--silent"]);
if (!existsSync(HIVE_GATEWAY_BIN)) {
  run("npm", ["ci", "--prefix", "deploy", "--no-audit", "--no-fund"]);
}

let supergraph;
let stopping;
const stop = (code) => {
  stopping ??= (supergraph?.close() ?? Promise.resolve()).then(() => process.exit(code));
  return stopping;
};
process.once("SIGINT", () => void stop(0));
process.once("SIGTERM", () => void stop(0));

try {
  supergraph = await startSupergraph({
    ports: PORTS,
    databaseUrl: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    databaseSchema: process.env.DATABASE_SCHEMA ?? DEFAULT_DATABASE_SCHEMA,
    onLine: (name, line) => console.log(`${name.padEnd(12)} | ${line}`),
    onUnexpectedExit: (name, status) => {
      console.error(`\n${name} exited (${status}): stopping the supergraph.`);
      void stop(1);
    },
  });
} catch (error) {
  console.error(`The supergraph did not start: ${error instanceof Error ? error.message : error}`);
  await stop(1);
}

const { routerUrl, routerWsUrl, replicas, balancer, crmUrl, sandboxUrl } = supergraph;
const token = supergraph.token({ ttlSeconds: TOKEN_TTL_SECONDS });
console.log(`
Supergraph ready (Ctrl-C stops everything)
  router (Hive Gateway)  ${routerUrl}   subscriptions: ${routerWsUrl}
  omni replicas          ${replicas.map((r) => r.graphqlUrl).join("  ")}  behind ${balancer.url}
  crm sample subgraph    ${crmUrl}
  OMNI sandbox           ${sandboxUrl}/sandbox/clock
A demo token with every scope, valid ${TOKEN_TTL_SECONDS / 3600} h (printed, never logged):
  curl ${routerUrl} -H 'content-type: application/json' \\
    -H 'authorization: Bearer ${token}' \\
    -d '{"query":"{ channels { channel } }"}'
`);
