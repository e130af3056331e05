import {
  DEFAULT_TENANT
} from "./chunk-4PI7FEUT.js";
import {
  __name
} from "./chunk-SHUYVCID.js";

// dist/main.js
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";

// dist/server/telemetry/tracingRequested.js
function tracingRequested(env) {
  const given = /* @__PURE__ */ __name((name) => (env[name]?.trim() ?? "") !== "", "given");
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true")
    return false;
  if (env.OTEL_TRACES_EXPORTER?.trim().toLowerCase() === "none")
    return false;
  return given("OTEL_EXPORTER_OTLP_ENDPOINT") || given("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
}
__name(tracingRequested, "tracingRequested");

// dist/main.js
var tracing = tracingRequested(process.env) ? await startTracingOrExit() : void 0;
var { createAuthenticator } = await import("./authenticator-YLTNGHTV.js");
var { ConfigError, loadConfig } = await import("./config-BIH4ICHX.js");
var { startGateway } = await import("./startGateway-IA56ZTOO.js");
var { createLogger } = await import("./logger-CMQDIR5C.js");
var { localUrl } = await import("./localUrl-DBJHTZJ6.js");
async function main() {
  let config;
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
  let sandbox;
  const sandboxKeys = /* @__PURE__ */ new Map();
  if (config.sandbox) {
    const { startSandbox, loadSeedFile, DEFAULT_SEED } = await import("./sandbox-NG35ISNI.js");
    for (const tenant of config.tenants) {
      if (tenant.upstream)
        continue;
      const given = tenant.id === DEFAULT_TENANT ? env.SANDBOX_API_KEY : void 0;
      sandboxKeys.set(tenant.id, given ?? randomBytes(24).toString("hex"));
    }
    sandbox = await startSandbox({
      port: env.SANDBOX_PORT,
      host: env.HOST,
      accounts: [...sandboxKeys].map(([id, apiKey]) => ({
        id,
        credentials: { apiKeys: [apiKey], basic: [], ibssoTokens: [], bearerTokens: [] }
      })),
      clockSpeed: env.SANDBOX_CLOCK_SPEED,
      seed: env.SANDBOX_SEED_FILE ? await loadSeedFile(env.SANDBOX_SEED_FILE) : DEFAULT_SEED
    });
  }
  const sandboxUrl = sandbox && localUrl(env.HOST, Number(new URL(sandbox.url).port));
  const tenants = config.tenants.map((tenant) => ({
    id: tenant.id,
    upstream: tenant.upstream ?? {
      baseUrl: sandboxUrl,
      auth: { scheme: "App", apiKey: sandboxKeys.get(tenant.id) }
    },
    // The sandbox calls this gateway's webhooks the way Infobip would, each tenant with its
    // secret; a real upstream only where WEBHOOK_PUBLIC_URL says it can reach this gateway.
    webhookSecret: tenant.webhookSecret ?? (tenant.upstream ? void 0 : randomBytes(24).toString("hex")),
    webhookPublicUrl: env.WEBHOOK_PUBLIC_URL ?? (tenant.upstream ? void 0 : "self"),
    quotas: tenant.quotas
  }));
  let gateway;
  try {
    gateway = await startGateway({
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
        leaseMs: env.RECONCILE_LEASE_MS
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
        upstreamCalls: env.LIMIT_UPSTREAM_CALLS
      },
      database: config.database,
      metrics: env.METRICS_PORT === void 0 ? void 0 : { port: env.METRICS_PORT },
      cors: config.cors,
      playground: config.playground ? {
        // Beside this file: `npm run build` bundles web/ into dist/playground/.
        dir: fileURLToPath(new URL("playground/", import.meta.url)),
        sandbox: sandboxUrl ? { adminUrl: sandboxUrl, accounts: [...sandboxKeys.keys()] } : void 0
      } : void 0
    }, { port: env.PORT, host: env.HOST });
  } catch (error) {
    await sandbox?.close();
    throw error;
  }
  logger.info({
    graphql: gateway.graphqlUrl,
    tenants: tenants.map((tenant) => ({
      id: tenant.id,
      upstream: sandboxKeys.has(tenant.id) ? "sandbox" : new URL(tenant.upstream.baseUrl).origin,
      webhook: gateway.webhookUrlOf(tenant.id)
    })),
    database: config.database.url ? "postgresql" : `pglite (${config.database.dataDir})`,
    metrics: gateway.metricsUrl
  }, "omni-gateway ready");
  console.log(`GraphQL (Apollo Sandbox in a browser): ${gateway.graphqlUrl}`);
  if (sandbox) {
    console.log(`OMNI sandbox REST:                    ${sandboxUrl}/omni/1/scenarios`);
    for (const [tenant, apiKey] of sandboxKeys) {
      const shown = tenant === DEFAULT_TENANT && env.SANDBOX_API_KEY ? "<SANDBOX_API_KEY>" : apiKey;
      console.log(`  Authorization (tenant ${tenant}):`.padEnd(38) + ` App ${shown}`);
    }
    console.log(`Sandbox admin (clock, contacts):      ${sandboxUrl}/sandbox/clock`);
  }
  if (config.playground)
    console.log(`Failover playground:                  ${gateway.url}/playground/`);
  const shutdown = /* @__PURE__ */ __name(async (signal) => {
    const drainMs = signal === "SIGTERM" ? env.SHUTDOWN_DRAIN_MS : 0;
    logger.info({ signal, drainMs }, "shutting down");
    gateway.beginShutdown();
    await new Promise((resolve) => setTimeout(resolve, drainMs));
    try {
      await gateway.close();
      await sandbox?.close();
      await tracing?.shutdown().catch(() => logger.warn("traces could not be exported"));
      process.exit(0);
    } catch (error) {
      logger.error({ err: { type: error.name } }, "shutdown failed");
      process.exit(1);
    }
  }, "shutdown");
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}
__name(main, "main");
await main();
async function startTracingOrExit() {
  const { startTracing, UnsupportedProtocolError } = await import("./tracing-C5TW4QIB.js");
  try {
    return await startTracing();
  } catch (error) {
    if (!(error instanceof UnsupportedProtocolError))
      throw error;
    console.error(`Invalid configuration: ${error.message}`);
    process.exit(2);
  }
}
__name(startTracingOrExit, "startTracingOrExit");
