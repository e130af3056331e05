import { Writable } from "node:stream";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type GraphQLFormattedError } from "graphql";
import { startSandbox, type RunningSandbox, type SandboxSeed } from "../../src/sandbox/index.js";
import { startGateway, type RunningGateway } from "../../src/server/createGateway.js";
import { createLogger } from "../../src/server/logger.js";

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
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  advanceClock(ms: number): Promise<void>;
  putContact(
    phoneNumber: string,
    channels: Record<string, "ONLINE" | "OFFLINE" | "UNREACHABLE">,
  ): Promise<void>;
  upstreamCalls(): Promise<Record<string, number>>;
  resetUpstreamCalls(): Promise<void>;
  close(): Promise<void>;
}

export async function startStack(
  options: { seed?: SandboxSeed; production?: boolean; apiKey?: string } = {},
): Promise<Stack> {
  const sandbox = await startSandbox({
    port: 0,
    credentials: { apiKeys: [API_KEY], basic: [], ibssoTokens: [], bearerTokens: [] },
    clockSpeed: 0,
    seed: options.seed,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const gateway = await startGateway(
    {
      upstream: {
        baseUrl: sandbox.url,
        auth: { scheme: "App", apiKey: options.apiKey ?? API_KEY },
      },
      logger: createLogger("info", sink),
      production: options.production ?? false,
      timeoutMs: 5_000,
      connections: 8,
      reportsPollIntervalMs: 3_600_000,
      bodyLimitBytes: 2_000_000,
    },
    { port: 0, host: "127.0.0.1" },
  );

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
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(gateway.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });

  return {
    sandbox,
    gateway,
    logs,
    post,
    async execute(document, variables) {
      const response = await post({ query: print(document), variables });
      const json = (await response.json()) as Omit<GraphQLResponse<never>, "status">;
      return { status: response.status, ...json };
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
    async resetUpstreamCalls() {
      await admin("POST", "/sandbox/stats/reset");
    },
    async close() {
      await gateway.close();
      await sandbox.close();
    },
  };
}
