import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashApiKey } from "../../src/server/auth/hashApiKey.js";
import { builtGateway, startGatewayProcess, type GatewayProcess } from "../support/builtGateway.js";
import {
  startOtlpReceiver,
  type OtlpReceiver,
  type ReceivedSpan,
} from "../support/otlpReceiver.js";

const SANDBOX_API_KEY = "telemetry-sandbox-key-0123456789";
const WEBHOOK_SECRET = "telemetry-webhook-secret-0123456789";
const CALLER_KEY = "telemetry-caller-key-0123456789abcdef";
const JWKS_QUERY = "client=telemetry-jwks-query";
const SCHEMA = `telemetry_${process.pid}`;
const SERVER = 2;
const CLIENT = 3;

let receiver: OtlpReceiver;
// An identity provider that is down: Bearer tokens cannot be checked, and the gateway says so.
let idp: Server;
let dir: string;
let env: Record<string, string>;
beforeAll(async () => {
  receiver = await startOtlpReceiver();
  idp = createServer((_req, res) => res.writeHead(503).end());
  await new Promise<void>((resolve) => idp.listen(0, "127.0.0.1", resolve));
  dir = await mkdtemp(path.join(tmpdir(), "omni-telemetry-"));
  const keysFile = path.join(dir, "keys.json");
  await writeFile(
    keysFile,
    JSON.stringify({
      keys: [
        {
          id: "telemetry",
          sha256: hashApiKey(CALLER_KEY),
          scopes: ["scenarios:read", "reports:read"],
        },
      ],
    }),
  );
  env = {
    PORT: "0",
    SANDBOX_PORT: "0",
    SANDBOX_API_KEY,
    WEBHOOK_SECRET,
    SHUTDOWN_DRAIN_MS: "0",
    AUTH_API_KEYS_FILE: keysFile,
    AUTH_JWKS_URL: `http://127.0.0.1:${(idp.address() as AddressInfo).port}/keys?${JWKS_QUERY}`,
    AUTH_ISSUER: "https://idp.example.com",
    AUTH_AUDIENCE: "omni-gateway",
    ...(process.env.DATABASE_URL
      ? { DATABASE_URL: process.env.DATABASE_URL, DATABASE_SCHEMA: SCHEMA }
      : { DATA_DIR: dir }),
  };
  await builtGateway();
}, 120_000);
afterAll(async () => {
  await receiver.close();
  await new Promise((resolve) => idp.close(resolve));
  await rm(dir, { recursive: true, force: true });
  if (process.env.DATABASE_URL) {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await client.end();
  }
});

/** A caller that traces: its span, whose trace the gateway's spans join. */
function tracedCaller() {
  const traceId = randomBytes(16).toString("hex");
  const spanId = randomBytes(8).toString("hex");
  return { traceId, spanId, traceparent: `00-${traceId}-${spanId}-01` };
}

function graphqlUrlOf(gateway: GatewayProcess): string {
  return /GraphQL[^\n]*?(http:\/\/\S+)/.exec(gateway.output())![1]!;
}

async function graphql(
  gateway: GatewayProcess,
  headers: Record<string, string>,
  query: string,
  variables?: Record<string, unknown>,
) {
  const response = await fetch(graphqlUrlOf(gateway), {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, { key: string } | null> };
  return { status: response.status, data: body.data };
}

/** A well-formed JWT, never verified: the keys to check it cannot be fetched. */
function unverifiableToken(): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const payload = {
    iss: "https://idp.example.com",
    aud: "omni-gateway",
    sub: "someone",
    exp: Math.floor(Date.now() / 1000) + 600,
  };
  return `${part({ alg: "RS256", kid: "k1", typ: "JWT" })}.${part(payload)}.c2lnbmF0dXJl`;
}

/** The gateway's JSON log lines (the rest of its output is for people). */
function logLines(gateway: GatewayProcess): Record<string, unknown>[] {
  return gateway
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Stops the gateway as an orchestrator would; what it had queued is exported by then. */
async function stop(gateway: GatewayProcess): Promise<void> {
  gateway.child.kill("SIGTERM");
  expect(await gateway.exited).toBe(0);
}

function isDescendant(span: ReceivedSpan, ancestor: ReceivedSpan, spans: ReceivedSpan[]): boolean {
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  for (let parent = byId.get(span.parentSpanId ?? ""); parent;) {
    if (parent.spanId === ancestor.spanId) return true;
    parent = byId.get(parent.parentSpanId ?? "");
  }
  return false;
}

describe("tracing with an OTLP endpoint", () => {
  it("exports semconv spans without paths, ids or secrets, and logs name the trace", async () => {
    const gateway = await startGatewayProcess({
      ...env,
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
      // Longer than the test: only the flush at SIGTERM can deliver the spans it asserts on.
      OTEL_BSP_SCHEDULE_DELAY: "120000",
    });
    const caller = { "x-api-key": CALLER_KEY };
    const found = await graphql(gateway, caller, "{ defaultScenario { key } }");
    const key = found.data!.defaultScenario!.key;

    const lookup = tracedCaller();
    const looked = await graphql(
      gateway,
      { ...caller, traceparent: lookup.traceparent },
      "query Lookup($key: ID!) { scenario(key: $key) { key } reports { messageId } }",
      { key },
    );
    expect(looked.data?.scenario?.key).toBe(key);

    // OMNI delivering reports: its notifyUrl carries the secret in the query string.
    const webhook = tracedCaller();
    const webhookUrl = new URL("/webhooks/omni/reports", graphqlUrlOf(gateway));
    webhookUrl.searchParams.set("secret", WEBHOOK_SECRET);
    const delivered = await fetch(webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json", traceparent: webhook.traceparent },
      body: JSON.stringify({ results: [] }),
    });
    expect(delivered.status).toBe(200);

    const refused = tracedCaller();
    const { status } = await graphql(
      gateway,
      { authorization: `Bearer ${unverifiableToken()}`, traceparent: refused.traceparent },
      "{ channels { channel } }",
    );
    expect(status).toBe(503);

    await stop(gateway);
    const spans = receiver.spans;
    const inTrace = ({ traceId }: { traceId: string }) =>
      spans.filter((span) => span.traceId === traceId);

    // One request, one trace: server span, GraphQL span by operation type, upstream call by route.
    const lookupSpans = inTrace(lookup);
    const server = lookupSpans.find((span) => span.parentSpanId === lookup.spanId);
    expect(server?.name).toBe("POST /graphql");
    const operation = lookupSpans.find((span) => span.name === "query");
    expect(operation?.attributes["graphql.operation.name"]).toBe("Lookup");
    expect(isDescendant(operation!, server!, lookupSpans)).toBe(true);
    const upstream = lookupSpans.find(
      (span) => span.kind === CLIENT && span.name === "GET /omni/1/scenarios/{key}",
    );
    expect(upstream?.attributes).toMatchObject({
      "url.full": expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/omni\/1\/scenarios\/\{key\}$/),
      "url.path": "/omni/1/scenarios/{key}",
      "url.template": "/omni/1/scenarios/{key}",
      "http.response.status_code": 200,
    });
    expect(isDescendant(upstream!, operation!, lookupSpans)).toBe(true);
    // The embedded sandbox answers in the same trace, under the call it answers.
    expect(lookupSpans).toContainEqual(
      expect.objectContaining({
        kind: SERVER,
        name: "GET /omni/1/scenarios/{key}",
        parentSpanId: upstream!.spanId,
      }),
    );
    if (process.env.DATABASE_URL) {
      const query = lookupSpans.find((span) => span.name.startsWith("pg.query"));
      expect(query?.attributes["db.query.text"]).toMatch(/FROM reports/);
      expect(isDescendant(query!, operation!, lookupSpans)).toBe(true);
    }
    expect(spans.some((span) => span.name.includes("Lookup"))).toBe(false);

    expect(inTrace(webhook)).toContainEqual(
      expect.objectContaining({
        kind: SERVER,
        name: "POST /webhooks/omni/reports",
        attributes: expect.objectContaining({
          "url.path": "/webhooks/omni/reports",
          "http.response.status_code": 200,
        }),
      }),
    );
    const refusedServer = inTrace(refused).find((span) => span.parentSpanId === refused.spanId);
    expect(refusedServer?.name).toBe("POST /graphql");
    // The key set fetch: an unknown route, so its method alone and its origin alone.
    const jwks = inTrace(refused).find((span) => span.kind === CLIENT);
    expect(jwks?.name).toBe("GET");
    expect(jwks?.attributes["url.full"]).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    expect(spans[0]?.resource).toMatchObject({
      "service.name": "omni-gateway",
      "service.version": expect.any(String),
    });
    const recorded = JSON.stringify(spans);
    for (const never of [
      "secret=",
      WEBHOOK_SECRET,
      SANDBOX_API_KEY,
      CALLER_KEY,
      JWKS_QUERY,
      `/omni/1/scenarios/${key}`,
    ]) {
      expect(recorded).not.toContain(never);
    }
    for (const span of spans) expect(span.attributes).not.toHaveProperty("url.query");

    // A line logged inside a request names that request's trace and its active span.
    const warning = logLines(gateway).find((line) => line.msg === "signing keys unavailable");
    expect(warning).toMatchObject({
      trace_id: refused.traceId,
      span_id: refusedServer!.spanId,
      trace_flags: "01",
    });
  }, 120_000);
});

describe("without an OTLP endpoint", () => {
  it("loads no SDK and no instrumentation: a traced caller's log line names no trace", async () => {
    const gateway = await startGatewayProcess({
      ...env,
      // The SDK would print its own diagnostics, and every module it patches, with this.
      OTEL_LOG_LEVEL: "debug",
    });
    const { status } = await graphql(
      gateway,
      { authorization: `Bearer ${unverifiableToken()}`, traceparent: tracedCaller().traceparent },
      "{ channels { channel } }",
    );
    expect(status).toBe(503);
    await stop(gateway);

    const warning = logLines(gateway).find((line) => line.msg === "signing keys unavailable");
    expect(warning).toBeDefined();
    // With an SDK, the caller's traceparent would have become the line's trace.
    expect(warning).not.toHaveProperty("trace_id");
    expect(gateway.output()).not.toMatch(/opentelemetry/i);
  }, 60_000);
});
