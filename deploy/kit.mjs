import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startBalancer } from "./balancer.mjs";
import { freePort, startChild } from "./child.mjs";
import { composeSupergraph } from "./compose.mjs";
import { createDemoIssuer, DEMO_AUDIENCE, DEMO_ISSUER } from "./demoIssuer.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.join(here, "..");
const HOST = "127.0.0.1";
export const HIVE_GATEWAY_BIN = path.join(here, "node_modules/@graphql-hive/gateway/dist/bin.js");

/** Any PostgreSQL has this database; the kit's tables live in a schema of their own in it. */
export const DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/postgres";
export const DEFAULT_DATABASE_SCHEMA = "supergraph_kit";

/**
 * The whole supergraph on this machine: the OMNI sandbox, two omni replicas sharing one
 * PostgreSQL schema, a load balancer in front of them, the crm sample subgraph, and Hive Gateway
 * routing to both subgraphs. Everything is a process of its own (the balancer excepted), talking
 * over loopback HTTP as it would across hosts. `npm run supergraph` (deploy/run.mjs) and the
 * supergraph test start it through here.
 */
export async function startSupergraph({
  distDir = path.join(ROOT, "dist"),
  ports = {},
  databaseUrl = DEFAULT_DATABASE_URL,
  databaseSchema = DEFAULT_DATABASE_SCHEMA,
  replicaEnv = {},
  sandboxClockSpeed = 1,
  onLine = () => undefined,
  onUnexpectedExit = () => undefined,
} = {}) {
  if (!existsSync(HIVE_GATEWAY_BIN)) {
    throw new Error("Hive Gateway is not installed: run `npm ci --prefix deploy` first.");
  }
  const work = await mkdtemp(path.join(tmpdir(), "omni-supergraph-"));
  // Stopped in reverse order of starting, whatever happens.
  const started = [];
  let closing;
  const closeAll = () =>
    (closing ??= (async () => {
      for (const stop of [...started].reverse()) await stop().catch(() => undefined);
      await rm(work, { recursive: true, force: true });
    })());
  const child = async (options) => {
    const handle = await startChild({ ...options, onLine, onUnexpectedExit });
    started.push(() => handle.stop(options.stopSignal));
    return handle;
  };
  const portOf = async (given) => given ?? (await freePort(HOST));

  try {
    const issuer = createDemoIssuer();
    const publicKeyFile = path.join(work, "jwt-public.pem");
    await writeFile(publicKeyFile, issuer.publicKeyPem);
    const routerSecret = randomBytes(32).toString("hex");
    const sandboxApiKey = randomBytes(24).toString("hex");

    const sandboxPort = await portOf(ports.sandbox);
    const sandboxUrl = `http://${HOST}:${sandboxPort}`;
    await child({
      name: "sandbox",
      args: [path.join(distDir, "sandboxMain.js")],
      env: {
        HOST,
        SANDBOX_PORT: String(sandboxPort),
        SANDBOX_API_KEY: sandboxApiKey,
        SANDBOX_CLOCK_SPEED: String(sandboxClockSpeed),
      },
      readyUrl: `${sandboxUrl}/sandbox/clock`,
    });

    // One after the other: the first runs the migrations, the second finds them done.
    const replicas = [];
    for (const [i, name] of ["a", "b"].entries()) {
      const port = await portOf(ports.replicas?.[i]);
      const url = `http://${HOST}:${port}`;
      const handle = await child({
        name: `omni-${name}`,
        args: [path.join(distDir, "gateway.js")],
        env: {
          NODE_ENV: "production",
          HOST,
          PORT: String(port),
          LOG_LEVEL: "info",
          OMNI_BASE_URL: sandboxUrl,
          OMNI_API_KEY: sandboxApiKey,
          DATABASE_URL: databaseUrl,
          DATABASE_SCHEMA: databaseSchema,
          ROUTER_SECRET: routerSecret,
          AUTH_PUBLIC_KEY_FILE: publicKeyFile,
          AUTH_ISSUER: DEMO_ISSUER,
          AUTH_AUDIENCE: DEMO_AUDIENCE,
          // SIGINT skips the readiness drain: the kit stops everything at once anyway.
          SHUTDOWN_DRAIN_MS: "0",
          ...replicaEnv,
        },
        readyUrl: `${url}/ready`,
        stopSignal: "SIGINT",
      });
      replicas.push({ name, port, url, graphqlUrl: `${url}/graphql`, stop: handle.stop });
    }

    const balancer = await startBalancer({
      port: ports.balancer ?? 0,
      host: HOST,
      backends: replicas.map(({ name, port }) => ({ name, port, host: HOST })),
    });
    started.push(() => balancer.close());

    const crmPort = await portOf(ports.crm);
    const crmUrl = `http://${HOST}:${crmPort}/graphql`;
    await child({
      name: "crm",
      args: [path.join(here, "sample-subgraph/crm.mjs")],
      env: { HOST, CRM_PORT: String(crmPort) },
      readyUrl: crmUrl,
      // Any answer means it listens; a bare GET is not a GraphQL request.
      isReady: () => true,
    });

    const supergraphFile = path.join(work, "supergraph.graphql");
    await writeFile(
      supergraphFile,
      composeSupergraph({ omni: `${balancer.url}/graphql`, crm: crmUrl }),
    );

    const routerPort = await portOf(ports.router);
    const routerBase = `http://${HOST}:${routerPort}`;
    await child({
      name: "hive-gateway",
      args: [
        HIVE_GATEWAY_BIN,
        "supergraph",
        supergraphFile,
        "--config-path",
        path.join(here, "hive/gateway.config.ts"),
        "--host",
        HOST,
        "--port",
        String(routerPort),
      ],
      cwd: here,
      env: {
        ROUTER_SECRET: routerSecret,
        JWT_PUBLIC_KEY_FILE: publicKeyFile,
        JWT_ISSUER: DEMO_ISSUER,
        JWT_AUDIENCE: DEMO_AUDIENCE,
        LOG_LEVEL: "info",
        // Its lines are relayed with a prefix, not shown on a terminal.
        NO_COLOR: "1",
      },
      readyUrl: `${routerBase}/readiness`,
    });

    return {
      routerUrl: `${routerBase}/graphql`,
      routerWsUrl: `ws://${HOST}:${routerPort}/graphql`,
      sandboxUrl,
      sandboxApiKey,
      crmUrl,
      balancer,
      replicas,
      routerSecret,
      /** A token of the demo IdP: `{ sub, scopes, ttlSeconds, ...claims }`, all optional. */
      token: (claims) => issuer.sign(claims),
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
