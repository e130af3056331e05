import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { DEFAULT_TENANT } from "./domain/principal.js";
import type { RunningSandbox } from "./sandbox/index.js";
import type { Config } from "./server/config.js";
import { tracingRequested } from "./server/telemetry/tracingRequested.js";
import type { TenantOptions } from "./server/tenants/Tenants.js";

// Tracing first, when asked for: its ESM loader hook patches only the modules imported after it,
// so everything that does HTTP, GraphQL or SQL is imported below, once it runs.
const tracing = tracingRequested(process.env) ? await startTracingOrExit() : undefined;
const { createAuthenticator } = await import("./server/auth/authenticator.js");
const { ConfigError, loadConfig } = await import("./server/config.js");
const { startGateway } = await import("./server/startGateway.js");
const { createLogger } = await import("./server/logger.js");
const { localUrl } = await import("./server/localUrl.js");

/**
 * `npm start`: with OMNI_BASE_URL set, the gateway against that upstream; without it, the embedded
 * sandbox on its own port and the gateway against it, over HTTP, exactly as against Infobip. Each
 * tenant without an upstream of its own gets a sandbox account of its own.
 */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const { env } = config;
  const logger = createLogger(env.LOG_LEVEL);

  let sandbox: RunningSandbox | undefined;
  const sandboxKeys = new Map<string, string>();
  if (config.sandbox) {
    // Loaded only when it runs: against Infobip, the twin costs no start-up time or memory.
    const { startSandbox, loadSeedFile, DEFAULT_SEED } = await import("./sandbox/index.js");
    for (const tenant of config.tenants) {
      if (tenant.upstream) continue;
      // A fresh key per run unless given: the sandbox is reachable only with what is printed.
      const given = tenant.id === DEFAULT_TENANT ? env.SANDBOX_API_KEY : undefined;
      sandboxKeys.set(tenant.id, given ?? randomBytes(24).toString("hex"));
    }
    sandbox = await startSandbox({
      port: env.SANDBOX_PORT,
      host: env.HOST,
      accounts: [...sandboxKeys].map(([id, apiKey]) => ({
        id,
        credentials: { apiKeys: [apiKey], basic: [], ibssoTokens: [], bearerTokens: [] },
      })),
      clockSpeed: env.SANDBOX_CLOCK_SPEED,
      seed: env.SANDBOX_SEED_FILE ? await loadSeedFile(env.SANDBOX_SEED_FILE) : DEFAULT_SEED,
    });
  }
  // The sandbox by loopback: HOST may be a wildcard that listens everywhere but is no address.
  const sandboxUrl = sandbox && localUrl(env.HOST, Number(new URL(sandbox.url).port));
  const tenants: TenantOptions[] = config.tenants.map((tenant) => ({
    id: tenant.id,
    upstream: tenant.upstream ?? {
      baseUrl: sandboxUrl!,
      auth: { scheme: "App", apiKey: sandboxKeys.get(tenant.id)! },
    },
    // The sandbox calls this gateway's webhooks the way Infobip would, each tenant with its
    // secret; a real upstream only where WEBHOOK_PUBLIC_URL says it can reach this gateway.
    webhookSecret:
      tenant.webhookSecret ?? (tenant.upstream ? undefined : randomBytes(24).toString("hex")),
    webhookPublicUrl: env.WEBHOOK_PUBLIC_URL ?? (tenant.upstream ? undefined : "self"),
    quotas: tenant.quotas,
  }));

  let gateway;
  try {
    gateway = await startGateway(
      {
        tenants,
        authenticator: await createAuthenticator(config.auth),
        logger,
        production: config.production,
        timeoutMs: env.OMNI_TIMEOUT_MS,
        connections: env.OMNI_CONNECTIONS,
        scenarioCacheTtlMs: env.SCENARIO_CACHE_TTL_MS,
        reportsPollIntervalMs: env.REPORTS_POLL_INTERVAL_MS,
        reconciliation: {
          intervalMs: env.RECONCILE_INTERVAL_MS,
          afterMs: env.RECONCILE_AFTER_MS,
          graceMs: env.RECONCILE_GRACE_MS,
          leaseMs: env.RECONCILE_LEASE_MS,
        },
        bodyLimitBytes: env.BODY_LIMIT_BYTES,
        limits: {
          cost: env.LIMIT_COST,
          depth: env.LIMIT_DEPTH,
          aliases: env.LIMIT_ALIASES,
          directives: env.LIMIT_DIRECTIVES,
          tokens: env.LIMIT_TOKENS,
          entityReferences: env.LIMIT_ENTITY_REFERENCES,
          entityScenarioKeys: env.LIMIT_ENTITY_SCENARIO_KEYS,
          upstreamCalls: env.LIMIT_UPSTREAM_CALLS,
        },
        database: config.database,
        metrics: env.METRICS_PORT === undefined ? undefined : { port: env.METRICS_PORT },
        cors: config.cors,
        playground: config.playground
          ? {
              // Beside this file: `npm run build` bundles web/ into dist/playground/.
              dir: fileURLToPath(new URL("playground/", import.meta.url)),
              sandbox: sandboxUrl
                ? { adminUrl: sandboxUrl, accounts: [...sandboxKeys.keys()] }
                : undefined,
            }
          : undefined,
      },
      { port: env.PORT, host: env.HOST },
    );
  } catch (error) {
    // e.g. the port is taken: release the sandbox's port too, so the process can exit.
    await sandbox?.close();
    throw error;
  }

  logger.info(
    {
      graphql: gateway.graphqlUrl,
      tenants: tenants.map((tenant) => ({
        id: tenant.id,
        upstream: sandboxKeys.has(tenant.id) ? "sandbox" : new URL(tenant.upstream.baseUrl).origin,
        webhook: gateway.webhookUrlOf(tenant.id),
      })),
      database: config.database.url ? "postgresql" : `pglite (${config.database.dataDir})`,
      metrics: gateway.metricsUrl,
    },
    "omni-gateway ready",
  );
  console.log(`GraphQL (Apollo Sandbox in a browser): ${gateway.graphqlUrl}`);
  if (sandbox) {
    console.log(`OMNI sandbox REST:                    ${sandboxUrl}/omni/1/scenarios`);
    for (const [tenant, apiKey] of sandboxKeys) {
      // The newcomer's way into the sandbox's REST API; printed, never logged.
      const shown = tenant === DEFAULT_TENANT && env.SANDBOX_API_KEY ? "<SANDBOX_API_KEY>" : apiKey;
      console.log(`  Authorization (tenant ${tenant}):`.padEnd(38) + ` App ${shown}`);
    }
    console.log(`Sandbox admin (clock, contacts):      ${sandboxUrl}/sandbox/clock`);
  }
  if (config.playground)
    console.log(`Failover playground:                  ${gateway.url}/playground/`);

  // SIGTERM (an orchestrator): /ready turns 503 at once, requests are served for the drain delay
  // while load balancers notice, then in-flight ones finish and the process exits 0. SIGINT (a
  // person at a terminal) skips the delay.
  const shutdown = async (signal: string) => {
    const drainMs = signal === "SIGTERM" ? env.SHUTDOWN_DRAIN_MS : 0;
    logger.info({ signal, drainMs }, "shutting down");
    gateway.beginShutdown();
    await new Promise((resolve) => setTimeout(resolve, drainMs));
    try {
      await gateway.close();
      await sandbox?.close();
      // The spans of the requests just drained are still queued.
      await tracing?.shutdown().catch(() => logger.warn("traces could not be exported"));
      process.exit(0);
    } catch (error) {
      logger.error({ err: { type: (error as Error).name } }, "shutdown failed");
      process.exit(1);
    }
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

await main();

async function startTracingOrExit() {
  const { startTracing, UnsupportedProtocolError } = await import("./server/telemetry/tracing.js");
  try {
    return await startTracing();
  } catch (error) {
    if (!(error instanceof UnsupportedProtocolError)) throw error;
    console.error(`Invalid configuration: ${error.message}`);
    process.exit(2);
  }
}
