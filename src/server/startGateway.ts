import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { DEFAULT_TENANT, type Principal } from "../domain/principal.js";
import type { GatewayContext } from "../graphql/context.js";
import { createFormatError } from "../graphql/formatError.js";
import { buildGatewaySchema } from "../graphql/schema.js";
import type { Database } from "../store/Database.js";
import { deleteExpiredKeys } from "../store/IdempotencyStore.js";
import { createLoaders } from "../graphql/loaders.js";
import { WritesBeforeAnswer } from "../graphql/WritesBeforeAnswer.js";
import { QuotaStore } from "../store/QuotaStore.js";
import { SendQuota } from "../graphql/quota/SendQuota.js";
import { Reconciler, type ReconcileSettings } from "../intake/Reconciler.js";
import { StatusFeed } from "../store/reports/StatusFeed.js";
import { answerAfterWrites } from "./answerAfterWrites.js";
import { AuthenticationError } from "./auth/AuthenticationError.js";
import type { Authenticator } from "./auth/authenticator.js";
import { unauthenticated, unknownTenant } from "./auth/callerErrors.js";
import { corsHandler, type CorsPolicy } from "./cors.js";
import { openDatabase, type DatabaseSettings } from "../store/openDatabase.js";
import { localUrl } from "./localUrl.js";
import { graphqlPost } from "./graphqlPost.js";
import { jsonErrors } from "./jsonErrors.js";
import type { Logger } from "./logger.js";
import type { GatewayMetrics } from "./metrics/GatewayMetrics.js";
import { graphqlMetrics } from "./metrics/graphqlMetrics.js";
import { serveMetrics } from "./metrics/serveMetrics.js";
import { probes } from "./probes.js";
import { playground, type PlaygroundOptions } from "./playground.js";
import { routerOnlyFields } from "./routerOnlyFields.js";
import { serveSubscriptions } from "./subscriptions.js";
import { Tenants, type TenantOptions } from "./tenants/Tenants.js";
import { demandControl } from "./limits/demandControl.js";
import { hideSuggestions } from "./limits/hideSuggestions.js";
import { DEFAULT_LIMITS, type RequestLimits } from "./limits/limits.js";
import { shapeRules } from "./limits/shapeRules.js";
import { withUpstreamBudget } from "./limits/upstreamBudget.js";
import { reportsWebhook, SECRET_PARAMETER, webhookPathOf } from "./webhook/reportsWebhook.js";

export interface GatewayOptions {
  /** Every tenant the gateway serves, each with its own upstream account. */
  tenants: readonly TenantOptions[];
  /** Who is asking: every GraphQL request and websocket goes through it first. */
  authenticator: Authenticator;
  logger: Logger;
  production: boolean;
  timeoutMs: number;
  connections: number;
  /**
   * How long each tenant reuses a scenario (and which one is default) it read from OMNI, in ms;
   * its own scenario writes drop them at once. Unset or 0: every read goes to OMNI.
   */
  scenarioCacheTtlMs?: number;
  reportsPollIntervalMs: number;
  /** Looking up in OMNI's logs the messages whose final report never came; unset: off. */
  reconciliation?: ReconcileSettings;
  bodyLimitBytes: number;
  /** What one GraphQL request may ask for; each unset one takes its default. */
  limits?: Partial<RequestLimits>;
  /**
   * Where reports and idempotency keys live: settings the gateway opens (and closes) itself, or
   * a database shared with other gateways in this process (the caller closes it). Default:
   * PGlite in memory.
   */
  database?: DatabaseSettings | { shared: Database };
  /** Prometheus's `/metrics` on a port of its own on the gateway's host; unset: no metrics. */
  metrics?: { port: number };
  /** Which pages on other origins may call /graphql from a browser; unset: none. */
  cors?: CorsPolicy;
  /** The failover playground at /playground; unset: not served. */
  playground?: PlaygroundOptions;
}

export interface RunningGateway {
  url: string;
  graphqlUrl: string;
  /** Where this gateway takes the implicit tenant's report webhooks (without the secret). */
  webhookUrl?: string;
  /** Where this gateway takes one tenant's report webhooks (without the secret), when enabled. */
  webhookUrlOf(tenant: string): string | undefined;
  /** Where Prometheus scrapes this gateway, when metrics are on. */
  metricsUrl?: string;
  /** `/ready` answers 503 from now on, so load balancers stop sending; requests are still served. */
  beginShutdown(): void;
  close(): Promise<void>;
}

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
    let schemaBuilt: ReturnType<typeof buildGatewaySchema> | undefined;
    const settings = options.database ?? {};
    let db: Database;
    if ("shared" in settings) {
      db = settings.shared;
    } else {
      // The schema is built while the database connects and migrates: start-up takes the
      // longer of the two, not their sum.
      const opening = openDatabase(settings, reportError);
      schemaBuilt = buildGatewaySchema();
      schemaBuilt.catch(() => undefined);
      db = await opening;
      opened.push(() => db.close());
    }
    // prom-client is loaded only when metrics are on.
    const metrics: GatewayMetrics | undefined = options.metrics
      ? new (await import("./metrics/GatewayMetrics.js")).GatewayMetrics()
      : undefined;
    const tenants = new Tenants(
      options.tenants,
      db,
      {
        timeoutMs: options.timeoutMs,
        connections: options.connections,
        scenarioCacheTtlMs: options.scenarioCacheTtlMs,
      },
      (tenant, error) => logger.warn({ tenant, err: describe(error) }, "report intake failed"),
      (tenant) => metrics?.forTenant(tenant) ?? {},
    );
    opened.push(() => tenants.close());
    metrics?.watch({ tenants: tenants.all(), db });
    if (tenants.all().length === 0) throw new Error("The gateway needs at least one tenant.");
    let draining = false;
    const feed = new StatusFeed(db, (id) => tenants.get(id)?.reports, reportError);
    await feed.start();
    opened.push(() => feed.stop());
    const quotas = new QuotaStore(db);
    const notifyUrls = new Map<string, string>();
    // What a request of each tenant shares; only loaders and the clock are made per request.
    const services = new Map(
      tenants.all().map((tenant) => [
        tenant.id,
        {
          client: tenant.client,
          reports: tenant.reports,
          intake: tenant.intake,
          feed: feed.forTenant(tenant.id),
          idempotency: {
            store: tenant.keys,
            // Longer than any send can take, so a live claim is never mistaken for a vanished one.
            leaseMs: options.timeoutMs * 3,
            onError: reportError,
            onOutcome: metrics?.forTenant(tenant.id).onIdempotency,
          },
          quota: new SendQuota(
            quotas,
            tenant.id,
            tenant.quotas,
            metrics?.forTenant(tenant.id).onQuotaRefused,
          ),
          reportError,
        },
      ]),
    );
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    // A GraphQL request's calls go through a budget of its own; a subscription is no one request.
    const contextOf = (
      principal: Principal,
      viaRouter: boolean,
      upstreamCalls?: number,
    ): GatewayContext => {
      const shared = services.get(principal.tenant);
      if (!shared) throw unknownTenant();
      const client =
        upstreamCalls === undefined
          ? shared.client
          : withUpstreamBudget(shared.client, upstreamCalls);
      return {
        ...shared,
        principal,
        viaRouter,
        client,
        loaders: createLoaders(client, shared.reports),
        writesBeforeAnswer: new WritesBeforeAnswer(),
        now: new Date(),
        notifyUrl: notifyUrls.get(principal.tenant),
      };
    };
    const authenticate = async (request: Parameters<Authenticator["authenticate"]>[0]) => {
      try {
        return await options.authenticator.authenticate(request);
      } catch (error) {
        if (!(error instanceof AuthenticationError)) throw error;
        if (error.status === 503) {
          logger.warn({ err: describe(error.cause) }, "signing keys unavailable");
        }
        throw unauthenticated(error);
      }
    };

    const httpServer = createServer();
    // Well above the upstream deadline, far below Node's 300 s default.
    httpServer.requestTimeout = options.timeoutMs * 3;
    httpServer.headersTimeout = Math.min(httpServer.requestTimeout, 20_000);

    const schema = await (schemaBuilt ?? buildGatewaySchema());
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
      // Apollo would stop on SIGTERM by itself, at once, and re-raise the signal (exit 143, no
      // drain): the process's owner (main.ts) decides when to stop.
      stopOnTerminationSignals: false,
      csrfPrevention: true,
      persistedQueries: false,
      parseOptions: { maxTokens: limits.tokens },
      validationRules: shapeRules(limits),
      formatError,
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer }),
        // No field has a cache hint, so every answer's policy is "no cache" anyway; the plugin
        // would still run a hook for every resolved field.
        ApolloServerPluginCacheControlDisabled(),
        answerAfterWrites(),
        ...(metrics ? [graphqlMetrics(metrics)] : []),
        routerOnlyFields(options.authenticator.routerSecretSet),
        demandControl(limits),
        ...(options.production ? [hideSuggestions()] : []),
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
    app.use(probes({ tenants, db, draining: () => draining }));
    const webhookTenants = tenants
      .all()
      .flatMap(({ id, webhookSecret, webhookPublicUrl, intake }) =>
        webhookSecret ? [{ id, secret: webhookSecret, publicUrl: webhookPublicUrl, intake }] : [],
      );
    if (webhookTenants.length) {
      app.use(
        reportsWebhook({
          tenants: webhookTenants,
          defaultTenant: DEFAULT_TENANT,
          logger,
          onOutcome: metrics && ((outcome, tenant) => metrics.webhook(outcome, tenant)),
        }),
      );
    }
    const requestContext = async (headers: IncomingHttpHeaders, body: unknown) => {
      const principal = await authenticate({ headers, extensions: extensionsOf(body) });
      return contextOf(principal, options.authenticator.fromRouter(headers), limits.upstreamCalls);
    };
    // First, so preflights end here and refusals (401, 413) stay readable to allowed pages.
    const cors = options.cors && corsHandler(options.cors);
    app.use(
      GRAPHQL_PATH,
      ...(cors ? [cors] : []),
      express.json({ limit: options.bodyLimitBytes }),
      expressMiddleware(apollo, {
        context: ({ req }) => requestContext(req.headers, req.body),
      }),
    );
    if (options.playground) app.use(playground(options.playground, options.authenticator));
    app.use(jsonErrors);
    // POSTs, nearly every request, skip express; everything else is express's.
    const servePost = graphqlPost({
      apollo,
      path: GRAPHQL_PATH,
      bodyLimitBytes: options.bodyLimitBytes,
      before: cors,
      context: (req, body) => requestContext(req.headers, body),
      onUnexpected: (error) => logger.error({ err: describe(error) }, "unexpected error"),
    });
    httpServer.on("request", (req, res) => {
      if (!servePost(req, res)) app(req, res);
    });

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
      authenticate: (request) => options.authenticator.authenticate(request),
      context: (principal) => contextOf(principal, false),
      formatError,
      maxPayloadBytes: 64 * 1024,
      maxTokens: limits.tokens,
      validationRules: shapeRules(limits),
    });
    opened.push(() => subscriptions.close());
    // Its own listener on the same host: the GraphQL port never answers /metrics.
    const metricsServer =
      options.metrics &&
      metrics &&
      (await serveMetrics(metrics.registry, { host: listen.host, port: options.metrics.port }));
    if (metricsServer) opened.push(() => metricsServer.close());
    for (const tenant of tenants.all()) {
      tenant.intake.start(options.reportsPollIntervalMs);
      opened.push(() => tenant.intake.stop());
      if (options.reconciliation) {
        const reconciler = new Reconciler(
          tenant.client,
          tenant.reports,
          options.reconciliation,
          (error) =>
            logger.warn({ tenant: tenant.id, err: describe(error) }, "reconciliation failed"),
          metrics?.forTenant(tenant.id).onReconciled,
        );
        reconciler.start();
        opened.push(() => reconciler.stop());
      }
    }
    const sweep = setInterval(() => {
      deleteExpiredKeys(db).catch(reportError);
      quotas.deleteExpired().catch(reportError);
    }, EXPIRED_KEYS_SWEEP_MS);
    sweep.unref();
    opened.push(async () => clearInterval(sweep));

    let closing: Promise<void> | undefined;
    const { port } = httpServer.address() as AddressInfo;
    const url = localUrl(listen.host, port);
    const webhookUrlOf = (tenant: string) =>
      webhookTenants.some((t) => t.id === tenant)
        ? `${url}${webhookPathOf(tenant, DEFAULT_TENANT)}`
        : undefined;
    for (const { id, secret, publicUrl } of webhookTenants) {
      if (!publicUrl) continue;
      const target = new URL(
        webhookPathOf(id, DEFAULT_TENANT),
        publicUrl === "self" ? url : publicUrl,
      );
      target.searchParams.set(SECRET_PARAMETER, secret);
      notifyUrls.set(id, target.toString());
    }
    return {
      url,
      graphqlUrl: `${url}${GRAPHQL_PATH}`,
      webhookUrl: webhookUrlOf(DEFAULT_TENANT),
      webhookUrlOf,
      metricsUrl: metricsServer?.url,
      beginShutdown() {
        draining = true;
      },
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

/** Hive Gateway forwards verified claims in the request's `extensions`. */
function extensionsOf(body: unknown): Record<string, unknown> | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const { extensions } = body as { extensions?: unknown };
  return typeof extensions === "object" && extensions !== null && !Array.isArray(extensions)
    ? (extensions as Record<string, unknown>)
    : undefined;
}

/** The error's class and message only: upstream errors are built to be safe to log. */
function describe(error: unknown): { type: string; message: string } {
  return error instanceof Error
    ? { type: error.name, message: error.message }
    : { type: typeof error, message: String(error) };
}
