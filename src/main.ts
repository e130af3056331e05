import { randomBytes } from "node:crypto";
import { startSandbox, loadSeedFile, DEFAULT_SEED, type RunningSandbox } from "./sandbox/index.js";
import { ConfigError, loadConfig, type Config } from "./server/config.js";
import { startGateway } from "./server/createGateway.js";
import { createLogger } from "./server/logger.js";

/**
 * `npm start`: with OMNI_BASE_URL set, the gateway against that upstream; without it, the embedded
 * sandbox on its own port and the gateway against it, over HTTP, exactly as against Infobip.
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
  let upstream;
  let webhook: { secret: string; publicUrl?: string } | undefined;
  if (config.upstream.kind === "sandbox") {
    // A fresh key per run: the sandbox is only reachable with what this process hands the gateway.
    const apiKey = randomBytes(24).toString("hex");
    sandbox = await startSandbox({
      port: env.SANDBOX_PORT,
      host: env.HOST,
      credentials: { apiKeys: [apiKey], basic: [], ibssoTokens: [], bearerTokens: [] },
      clockSpeed: env.SANDBOX_CLOCK_SPEED,
      seed: env.SANDBOX_SEED_FILE ? await loadSeedFile(env.SANDBOX_SEED_FILE) : DEFAULT_SEED,
    });
    upstream = { baseUrl: sandbox.url, auth: { scheme: "App" as const, apiKey } };
    // The sandbox calls this gateway's webhook the way Infobip would, unless told otherwise.
    webhook = {
      secret: env.WEBHOOK_SECRET ?? randomBytes(24).toString("hex"),
      publicUrl: env.WEBHOOK_PUBLIC_URL ?? "self",
    };
  } else {
    upstream = { baseUrl: config.upstream.baseUrl, auth: config.upstream.auth };
    if (env.WEBHOOK_SECRET) {
      webhook = { secret: env.WEBHOOK_SECRET, publicUrl: env.WEBHOOK_PUBLIC_URL };
    }
  }

  let gateway;
  try {
    gateway = await startGateway(
      {
        upstream,
        logger,
        production: config.production,
        timeoutMs: env.OMNI_TIMEOUT_MS,
        connections: env.OMNI_CONNECTIONS,
        reportsPollIntervalMs: env.REPORTS_POLL_INTERVAL_MS,
        bodyLimitBytes: env.BODY_LIMIT_BYTES,
        database: config.database,
        webhook,
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
      upstream: sandbox ? "sandbox" : new URL(upstream.baseUrl).origin,
      database: config.database.url ? "postgresql" : `pglite (${config.database.dataDir})`,
      webhook: gateway.webhookUrl,
    },
    "omni-gateway ready",
  );
  console.log(`GraphQL (Apollo Sandbox in a browser): ${gateway.graphqlUrl}`);
  if (sandbox) {
    console.log(`OMNI sandbox REST:                    ${sandbox.url}/omni/1/scenarios`);
    console.log(`Sandbox admin (clock, contacts):      ${sandbox.url}/sandbox/clock`);
  }

  const shutdown = async (signal: string) => {
    logger.info({ signal }, "shutting down");
    try {
      await gateway.close();
      await sandbox?.close();
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
