import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type ErrorRequestHandler } from "express";
import type { GatewayContext } from "../graphql/context.js";
import { createFormatError } from "../graphql/formatError.js";
import { buildGatewaySchema } from "../graphql/schema.js";
import type { OmniAuth } from "../omni/auth.js";
import type { Database } from "../omni/Database.js";
import { IdempotencyStore } from "../omni/idempotency/IdempotencyStore.js";
import { createLoaders } from "../omni/loaders.js";
import { OmniClient } from "../omni/OmniClient.js";
import { ReportIntake } from "../omni/reports/ReportIntake.js";
import { SqlReportStore } from "../omni/reports/SqlReportStore.js";
import { StatusFeed } from "../omni/reports/StatusFeed.js";
import { openDatabase, type DatabaseSettings } from "./database/openDatabase.js";
import type { Logger } from "./logger.js";
import { serveSubscriptions } from "./subscriptions.js";
import { reportsWebhook, SECRET_PARAMETER, WEBHOOK_PATH } from "./webhook/reportsWebhook.js";

export interface GatewayOptions {
  upstream: { baseUrl: string; auth: OmniAuth };
  logger: Logger;
  production: boolean;
  timeoutMs: number;
  connections: number;
  reportsPollIntervalMs: number;
  bodyLimitBytes: number;
  /**
   * Where reports and idempotency keys live: settings the gateway opens (and closes) itself, or
   * a database shared with other gateways in this process (the caller closes it). Default:
   * PGlite in memory.
   */
  database?: DatabaseSettings | { shared: Database };
  /**
   * The report webhook. With `publicUrl`, sends ask OMNI to call it there; "self" means this
   * gateway's own listening address (right for the embedded sandbox).
   */
  webhook?: { secret: string; publicUrl?: string };
}

export interface RunningGateway {
  url: string;
  graphqlUrl: string;
  /** Where this gateway takes report webhooks (without the secret), when enabled. */
  webhookUrl?: string;
  close(): Promise<void>;
}

/** Parser token cap: real operations stay far below; a nesting bomb never reaches the stack limit. */
const MAX_TOKENS = 2_000;
const GRAPHQL_PATH = "/graphql";
const EXPIRED_KEYS_SWEEP_MS = 3_600_000;

export async function startGateway(
  options: GatewayOptions,
  listen: { port: number; host: string },
): Promise<RunningGateway> {
  const { logger } = options;
  const reportError = (error: unknown) =>
    logger.warn({ err: describe(error) }, "background work failed");
  // What is open, closed in reverse on shutdown, or at once if starting fails part-way (say, the
  // port is taken): an open pool, database or LISTEN connection would keep the process alive.
  const closers: (() => Promise<void>)[] = [];
  try {
    return await start(closers);
  } catch (error) {
    await closeAll(closers).catch(reportError);
    throw error;
  }

  async function start(opened: (() => Promise<void>)[]): Promise<RunningGateway> {
    const client = new OmniClient({
      baseUrl: options.upstream.baseUrl,
      auth: options.upstream.auth,
      timeoutMs: options.timeoutMs,
      connections: options.connections,
    });
    opened.push(() => client.close());
    const settings = options.database ?? {};
    let db: Database;
    if ("shared" in settings) {
      db = settings.shared;
    } else {
      db = await openDatabase(settings, reportError);
      opened.push(() => db.close());
    }
    const reports = new SqlReportStore(db);
    const intake = new ReportIntake(client, reports, (error) =>
      logger.warn({ err: describe(error) }, "report intake failed"),
    );
    const feed = new StatusFeed(db, reports, reportError);
    await feed.start();
    opened.push(() => feed.stop());
    const keys = new IdempotencyStore(db);
    const idempotency = {
      store: keys,
      // Longer than any send can take, so a live claim is never mistaken for a vanished one.
      leaseMs: options.timeoutMs * 3,
      onError: reportError,
    };
    let notifyUrl: string | undefined;
    const contextOf = (): GatewayContext => ({
      client,
      reports,
      intake,
      loaders: createLoaders(client, reports),
      now: new Date(),
      feed,
      idempotency,
      notifyUrl,
      reportError,
    });

    const httpServer = createServer();
    // Well above the upstream deadline, far below Node's 300 s default.
    httpServer.requestTimeout = options.timeoutMs * 3;
    httpServer.headersTimeout = Math.min(httpServer.requestTimeout, 20_000);

    const schema = await buildGatewaySchema();
    const formatError = createFormatError(({ errorId, error }) =>
      logger.error({ errorId, err: describe(error) }, "unexpected error"),
    );
    const apollo = new ApolloServer<GatewayContext>({
      schema,
      logger,
      introspection: !options.production,
      includeStacktraceInErrorResponses: false,
      hideSchemaDetailsFromClientErrors: options.production,
      allowBatchedHttpRequests: false,
      csrfPrevention: true,
      persistedQueries: false,
      parseOptions: { maxTokens: MAX_TOKENS },
      formatError,
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer }),
        options.production
          ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
          : ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false }),
      ],
    });
    await apollo.start();
    opened.push(() => apollo.stop());

    const app = express();
    app.disable("x-powered-by");
    // GraphQL answers are not cacheable by body hash; computing one costs a SHA-1 per response.
    app.set("etag", false);
    app.get("/health", (_req, res) => {
      res.json({ status: "ok" });
    });
    app.get("/ready", async (_req, res) => {
      const [upstream, database] = await Promise.allSettled([
        client.listScenarios({ limit: 1 }),
        db.query("SELECT 1"),
      ]);
      if (upstream.status === "fulfilled" && database.status === "fulfilled") {
        res.json({ status: "ready" });
        return;
      }
      res.status(503).json({
        status: "unavailable",
        ...(upstream.status === "rejected" && {
          upstream: client.circuitOpen ? "circuit open" : "unreachable",
        }),
        ...(database.status === "rejected" && { database: "unreachable" }),
      });
    });
    if (options.webhook) {
      app.use(reportsWebhook({ secret: options.webhook.secret, intake, logger }));
    }
    app.use(
      GRAPHQL_PATH,
      express.json({ limit: options.bodyLimitBytes }),
      expressMiddleware(apollo, { context: async () => contextOf() }),
    );
    app.use(jsonErrors);
    httpServer.on("request", app);

    await new Promise<void>((resolve, reject) => {
      httpServer.once("error", reject);
      httpServer.listen(listen.port, listen.host, resolve);
    });
    // Once listening: graphql-ws would print a failed listen to the console. Registered after
    // apollo, so shutdown ends the websockets before apollo drains the server.
    const subscriptions = serveSubscriptions({
      httpServer,
      path: GRAPHQL_PATH,
      schema,
      context: contextOf,
      formatError,
      maxPayloadBytes: 64 * 1024,
      maxTokens: MAX_TOKENS,
    });
    opened.push(() => subscriptions.close());
    intake.start(options.reportsPollIntervalMs);
    opened.push(() => intake.stop());
    const sweep = setInterval(() => {
      keys.deleteExpired().catch(reportError);
    }, EXPIRED_KEYS_SWEEP_MS);
    sweep.unref();
    opened.push(async () => clearInterval(sweep));

    let closing: Promise<void> | undefined;
    const { port } = httpServer.address() as AddressInfo;
    const url = `http://${listen.host.includes(":") ? `[${listen.host}]` : listen.host}:${port}`;
    if (options.webhook?.publicUrl) {
      const base = options.webhook.publicUrl === "self" ? url : options.webhook.publicUrl;
      const target = new URL(WEBHOOK_PATH, base);
      target.searchParams.set(SECRET_PARAMETER, options.webhook.secret);
      notifyUrl = target.toString();
    }
    return {
      url,
      graphqlUrl: `${url}${GRAPHQL_PATH}`,
      webhookUrl: options.webhook ? `${url}${WEBHOOK_PATH}` : undefined,
      close() {
        // Once only: a restart that failed half-way must not make the final close throw.
        closing ??= closeAll(opened);
        return closing;
      },
    };
  }
}

/** Closes in reverse order of opening; every step runs, and the first failure is rethrown. */
async function closeAll(closers: readonly (() => Promise<void>)[]): Promise<void> {
  const failures: unknown[] = [];
  for (const close of [...closers].reverse()) {
    await close().catch((error: unknown) => failures.push(error));
  }
  if (failures.length) throw failures[0];
}

/** Body-parser failures (413, bad JSON) as JSON, never express's HTML page with a stack trace. */
const jsonErrors: ErrorRequestHandler = (error, _req, res, _next) => {
  const status =
    typeof error?.status === "number" && error.status >= 400 && error.status < 500
      ? error.status
      : 500;
  res.status(status).json({
    errors: [
      {
        message:
          status === 413
            ? "Request body too large."
            : status === 400
              ? "Malformed request body."
              : "Internal server error.",
        extensions: { code: status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" },
      },
    ],
  });
};

/** The error's class and message only: upstream errors are built to be safe to log. */
function describe(error: unknown): { type: string; message: string } {
  return error instanceof Error
    ? { type: error.name, message: error.message }
    : { type: typeof error, message: String(error) };
}
