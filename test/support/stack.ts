import { Writable } from "node:stream";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type GraphQLFormattedError } from "graphql";
import {
  startSandbox,
  type RunningSandbox,
  type SandboxAccount,
  type SandboxSeed,
} from "../../src/sandbox/index.js";
import {
  startGateway,
  type GatewayOptions,
  type RunningGateway,
} from "../../src/server/startGateway.js";
import { createAuthenticator, type Authenticator } from "../../src/server/auth/authenticator.js";
import type { AuthSettings } from "../../src/server/auth/authSettings.js";
import { createLogger } from "../../src/server/logger.js";
import type { TenantOptions } from "../../src/server/tenants/Tenants.js";
import type { Database } from "../../src/store/Database.js";
import { openDatabase } from "../../src/store/openDatabase.js";
import { pgliteTemplate } from "./pgliteTemplate.js";

export const API_KEY = "test-api-key-0123456789";

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

/**
 * The whole product as a user meets it: the sandbox on a random port with a frozen clock, and the
 * gateway talking to it over real HTTP. Tests speak GraphQL to the gateway and move the clock.
 */
export interface Stack {
  sandbox: RunningSandbox;
  gateway: RunningGateway;
  /** Every log line the gateway wrote, for "no secret ever leaks" checks. */
  logs: string[];
  execute<T, V>(document: TypedDocumentNode<T, V>, variables?: V): Promise<GraphQLResponse<T>>;
  /** The same with these request headers (credentials), on the stack's gateway or `gateway`. */
  executeWith<T, V>(
    headers: Record<string, string>,
    document: TypedDocumentNode<T, V>,
    variables?: V,
    gateway?: RunningGateway,
  ): Promise<GraphQLResponse<T>>;
  /** The same, against another gateway (a replica). */
  executeOn<T, V>(
    gateway: RunningGateway,
    document: TypedDocumentNode<T, V>,
    variables?: V,
  ): Promise<GraphQLResponse<T>>;
  /** Stops the gateway and starts it again with the same settings, as a deploy would. */
  restartGateway(): Promise<void>;
  /** Another gateway on the same sandbox and database; closed with the stack. */
  startReplica(): Promise<RunningGateway>;
  /** Calls the sandbox's OMNI API directly, as the gateway would. */
  omni(method: string, path: string, body?: unknown): Promise<unknown>;
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  advanceClock(ms: number): Promise<void>;
  putContact(
    phoneNumber: string,
    channels: Record<string, "ONLINE" | "OFFLINE" | "UNREACHABLE">,
  ): Promise<void>;
  upstreamCalls(): Promise<Record<string, number>>;
  /** The calls that reached one sandbox account (a tenant's), by route. */
  upstreamCallsOf(account: string): Promise<Record<string, number>>;
  resetUpstreamCalls(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Stacks that bring no database share one in-memory PGlite per test file: starting embedded
 * Postgres costs seconds, and their rows (random ids) never collide.
 */
let fileDatabase: Promise<Database> | undefined;

export interface StackOptions {
  seed?: SandboxSeed;
  /**
   * Something between the gateway and the sandbox (a fault-injecting proxy): given the sandbox's
   * URL, it answers the URL the gateway should call instead. Closed with the stack.
   */
  between?: (sandboxUrl: string) => Promise<{ url: string; close(): Promise<void> }>;
  production?: boolean;
  apiKey?: string;
  /** Default: the test file's in-memory PGlite. */
  database?: GatewayOptions["database"];
  /** The implicit tenant's report webhook. */
  webhook?: { secret: string; publicUrl?: string };
  /** Infobip scopes of the implicit tenant's sandbox key (default: all). */
  upstreamScopes?: string[];
  /** Caller authentication; default none (development mode). */
  auth?: AuthSettings;
  /** The implicit tenant's send quotas. */
  quotas?: TenantOptions["quotas"];
  /** More tenants beside the implicit one, each on a sandbox account of its own. */
  tenants?: StackTenant[];
  /** Looking up lost reports in OMNI's logs; default off. */
  reconciliation?: GatewayOptions["reconciliation"];
  /** What one GraphQL request may ask for; default the gateway's defaults. */
  limits?: GatewayOptions["limits"];
  /** Which browser origins may call the gateway; default none. */
  cors?: GatewayOptions["cors"];
  /** The upstream deadline (each phase, and a read with its retries); default 5 s. */
  timeoutMs?: number;
  /** How long each tenant reuses a scenario it read; default 0 (off), as tests count reads. */
  scenarioCacheTtlMs?: number;
  /** Prometheus's /metrics on a port of its own (0: any free one); default off. */
  metrics?: GatewayOptions["metrics"];
  /** The playground built into `dir`, relaying to this stack's sandbox; default off. */
  playground?: { dir: string };
}

export interface StackTenant {
  id: string;
  webhookSecret?: string;
  quotas?: TenantOptions["quotas"];
  /** The sandbox account's own limit on API requests, for upstream 429s. */
  rateLimit?: SandboxAccount["rateLimit"];
}

/** The OMNI API key of a stack tenant's sandbox account (the account's id is the tenant's). */
export function apiKeyOf(tenant: string): string {
  return tenant === "default" ? API_KEY : `${tenant}-api-key-0123456789`;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const extra = options.tenants ?? [];
  const sandbox = await startSandbox({
    port: 0,
    accounts: [{ id: "default" }, ...extra].map((tenant) => ({
      id: tenant.id,
      credentials: {
        apiKeys: [
          tenant.id === "default" && options.upstreamScopes
            ? { key: apiKeyOf(tenant.id), scopes: options.upstreamScopes }
            : apiKeyOf(tenant.id),
        ],
        basic: [],
        ibssoTokens: [],
        bearerTokens: [],
      },
      ...("rateLimit" in tenant && tenant.rateLimit ? { rateLimit: tenant.rateLimit } : {}),
    })),
    clockSpeed: 0,
    seed: options.seed,
  });
  const middle = await options.between?.(sandbox.url);
  const upstreamUrl = middle?.url ?? sandbox.url;
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const database = options.database ?? {
    shared: await (fileDatabase ??= pgliteTemplate().then((pgliteTemplate) =>
      openDatabase({ pgliteTemplate }, () => undefined),
    )),
  };
  const authenticator: Authenticator = await createAuthenticator(options.auth ?? {});
  const launch = () =>
    startGateway(
      {
        tenants: [
          {
            id: "default",
            upstream: {
              baseUrl: upstreamUrl,
              auth: { scheme: "App", apiKey: options.apiKey ?? API_KEY },
            },
            webhookSecret: options.webhook?.secret,
            webhookPublicUrl: options.webhook?.publicUrl,
            quotas: options.quotas ?? {},
          },
          ...extra.map((tenant) => ({
            id: tenant.id,
            upstream: {
              baseUrl: upstreamUrl,
              auth: { scheme: "App" as const, apiKey: apiKeyOf(tenant.id) },
            },
            webhookSecret: tenant.webhookSecret,
            webhookPublicUrl: tenant.webhookSecret ? options.webhook?.publicUrl : undefined,
            quotas: tenant.quotas ?? {},
          })),
        ],
        authenticator,
        logger: createLogger("info", sink),
        production: options.production ?? false,
        timeoutMs: options.timeoutMs ?? 5_000,
        connections: 8,
        scenarioCacheTtlMs: options.scenarioCacheTtlMs,
        reportsPollIntervalMs: 3_600_000,
        reconciliation: options.reconciliation,
        bodyLimitBytes: 2_000_000,
        limits: options.limits,
        database,
        cors: options.cors,
        metrics: options.metrics,
        playground: options.playground && {
          dir: options.playground.dir,
          sandbox: {
            adminUrl: sandbox.url,
            accounts: ["default", ...extra.map((tenant) => tenant.id)],
          },
        },
      },
      { port: 0, host: "127.0.0.1" },
    );
  const replicas: RunningGateway[] = [];

  const admin = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const postTo = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  const executeAt = async <T, V>(
    url: string,
    document: TypedDocumentNode<T, V>,
    variables?: V,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>> => {
    const response = await postTo(url, { query: print(document), variables }, headers);
    const json = (await response.json()) as Omit<GraphQLResponse<T>, "status">;
    return { status: response.status, ...json };
  };

  const stack: Stack = {
    sandbox,
    gateway: await launch(),
    logs,
    post: (body, headers) => postTo(stack.gateway.graphqlUrl, body, headers),
    execute: (document, variables) => executeAt(stack.gateway.graphqlUrl, document, variables),
    executeOn: (gateway, document, variables) => executeAt(gateway.graphqlUrl, document, variables),
    executeWith: (headers, document, variables, gateway) =>
      executeAt((gateway ?? stack.gateway).graphqlUrl, document, variables, headers),
    async restartGateway() {
      await stack.gateway.close();
      stack.gateway = await launch();
    },
    async startReplica() {
      const replica = await launch();
      replicas.push(replica);
      return replica;
    },
    omni: async (method, path, body) => {
      const response = await fetch(`${sandbox.url}${path}`, {
        method,
        headers: { authorization: `App ${API_KEY}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
      return response.json();
    },
    async advanceClock(ms) {
      await admin("POST", "/sandbox/clock/advance", { ms });
    },
    async putContact(phoneNumber, channels) {
      await admin("PUT", `/sandbox/contacts/${phoneNumber}`, { channels });
    },
    async upstreamCalls() {
      return ((await admin("GET", "/sandbox/stats")) as { requests: Record<string, number> })
        .requests;
    },
    async upstreamCallsOf(account) {
      const stats = (await admin("GET", "/sandbox/stats")) as {
        byAccount: Record<string, Record<string, number>>;
      };
      return stats.byAccount[account] ?? {};
    },
    async resetUpstreamCalls() {
      await admin("POST", "/sandbox/stats/reset");
    },
    async close() {
      await Promise.all(replicas.map((replica) => replica.close()));
      await stack.gateway.close();
      await middle?.close();
      await sandbox.close();
    },
  };
  return stack;
}
