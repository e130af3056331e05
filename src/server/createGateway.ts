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
import { createLoaders } from "../omni/loaders.js";
import { OmniClient } from "../omni/OmniClient.js";
import { MemoryReportStore } from "../omni/reports/MemoryReportStore.js";
import { ReportIntake } from "../omni/reports/ReportIntake.js";
import type { ReportStore } from "../omni/reports/ReportStore.js";
import type { Logger } from "./logger.js";

export interface GatewayOptions {
  upstream: { baseUrl: string; auth: OmniAuth };
  logger: Logger;
  production: boolean;
  timeoutMs: number;
  connections: number;
  reportsPollIntervalMs: number;
  bodyLimitBytes: number;
  reports?: ReportStore;
}

export interface RunningGateway {
  url: string;
  graphqlUrl: string;
  close(): Promise<void>;
}

/** Parser token cap: real operations stay far below; a nesting bomb never reaches the stack limit. */
const MAX_TOKENS = 2_000;

export async function startGateway(
  options: GatewayOptions,
  listen: { port: number; host: string },
): Promise<RunningGateway> {
  const { logger } = options;
  const client = new OmniClient({
    baseUrl: options.upstream.baseUrl,
    auth: options.upstream.auth,
    timeoutMs: options.timeoutMs,
    connections: options.connections,
  });
  const reports = options.reports ?? new MemoryReportStore();
  const intake = new ReportIntake(client, reports, (error) =>
    logger.warn({ err: describe(error) }, "report intake failed"),
  );

  const httpServer = createServer();
  // Well above the upstream deadline, far below Node's 300 s default.
  httpServer.requestTimeout = options.timeoutMs * 3;
  httpServer.headersTimeout = Math.min(httpServer.requestTimeout, 20_000);

  const apollo = new ApolloServer<GatewayContext>({
    schema: await buildGatewaySchema(),
    logger,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: options.production,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    persistedQueries: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    formatError: createFormatError(({ errorId, error }) =>
      logger.error({ errorId, err: describe(error) }, "unexpected error"),
    ),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      options.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false }),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/ready", async (_req, res) => {
    try {
      await client.listScenarios({ limit: 1 });
      res.json({ status: "ready" });
    } catch {
      res.status(503).json({
        status: "unavailable",
        upstream: client.circuitOpen ? "circuit open" : "unreachable",
      });
    }
  });
  app.use(
    "/graphql",
    express.json({ limit: options.bodyLimitBytes }),
    expressMiddleware(apollo, {
      context: async (): Promise<GatewayContext> => ({
        client,
        reports,
        intake,
        loaders: createLoaders(client, reports),
        now: new Date(),
      }),
    }),
  );
  app.use(jsonErrors);
  httpServer.on("request", app);

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(listen.port, listen.host, resolve);
  });
  intake.start(options.reportsPollIntervalMs);

  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${listen.host.includes(":") ? `[${listen.host}]` : listen.host}:${port}`;
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    async close() {
      await intake.stop();
      await apollo.stop();
      await client.close();
    },
  };
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
