import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { print } from "graphql";
import { createClient, type Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { MessageStatusChangedDocument } from "../gql/graphql.js";
import type { OmniClient } from "../../src/omni/OmniClient.js";
import { ReportIntake } from "../../src/intake/ReportIntake.js";
import type { ReportStore } from "../../src/store/reports/ReportStore.js";
import type { WireReport } from "../../src/omni/wire.js";
import { startGateway } from "../../src/server/startGateway.js";
import { createAuthenticator } from "../../src/server/auth/authenticator.js";
import { createLogger } from "../../src/server/logger.js";
import { deliveredReport } from "../support/deliveredReport.js";
import { startStack, type Stack } from "../support/stack.js";

const SECRET = "intake-and-limits-secret-0123456789";

const report = (messageId: string, doneAt?: string) => deliveredReport(messageId, { doneAt });

describe("report intake", () => {
  it("keeps a page whose save failed and saves it before asking for the next", async () => {
    const pages = [[report("m1"), report("m2", "not a date")], [report("m3")]];
    let taken = 0;
    const client = {
      drainReports: async () => pages[taken++] ?? [],
      drainPushReports: async () => [],
    } as unknown as OmniClient;
    const saved: string[][] = [];
    let failNext = true;
    const store = {
      save: async (reports: readonly WireReport[]) => {
        if (reports.length === 0) return [];
        if (failNext) {
          failNext = false;
          throw new Error("database down");
        }
        saved.push(reports.map((r) => r.messageId));
        return [];
      },
    } as unknown as ReportStore;
    const warnings: string[] = [];
    const intake = new ReportIntake(client, store, (error) =>
      warnings.push((error as Error).message),
    );

    await expect(intake.drain()).rejects.toThrow("database down");
    await intake.drain();
    // The fetch-once page came back from memory; the report with a bad date was left out.
    expect(saved).toEqual([["m1"], ["m3"]]);
    expect(warnings).toEqual([expect.stringMatching(/^skipped malformed report m2 at doneAt/)]);
  });
});

describe("the gateway's edges", () => {
  let stack: Stack;
  let ws: Client;
  beforeAll(async () => {
    stack = await startStack({ webhook: { secret: SECRET } });
    ws = createClient({
      url: stack.gateway.graphqlUrl.replace(/^http/, "ws"),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
  });
  afterAll(async () => {
    await ws.dispose();
    await stack.close();
  });

  const firstError = (query: string, variables: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve) => {
      ws.subscribe(
        { query, variables },
        {
          next: () => undefined,
          error: (errors) => resolve((errors as { extensions?: unknown }[])[0]?.extensions),
          complete: () => resolve(undefined),
        },
      );
    });

  it("answers a malformed webhook report 400, so OMNI does not deliver it forever", async () => {
    const post = (results: unknown[]) =>
      fetch(`${stack.gateway.webhookUrl}?secret=${SECRET}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ results }),
      });
    const badPrice = { ...report("w1"), price: { pricePerMessage: "cheap", currency: "EUR" } };
    expect((await post([badPrice])).status).toBe(400);
    expect((await post([{ ...report("w2"), status: { id: 5 } }])).status).toBe(400);
    const stored = await post([{ ...report("w3"), extra: { anything: true } }]);
    expect(stored.status).toBe(200);
  });

  it("caps the tokens of a subscription, as over HTTP", async () => {
    const bomb = `subscription { ${"a { ".repeat(2_000)}${"} ".repeat(2_000)}}`;
    expect(await firstError(bomb)).toEqual({ code: "GRAPHQL_PARSE_FAILED" });
    expect(await firstError("subscription { noSuchField }")).toEqual({
      code: "GRAPHQL_VALIDATION_FAILED",
    });
  });

  it("caps the subscriptions of one socket", async () => {
    const query = print(MessageStatusChangedDocument);
    const subscribe = () =>
      ws.subscribe(
        { query, variables: { bulkId: "bulk-limits" } },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
    const held = Array.from({ length: 20 }, subscribe);
    expect(await firstError(query, { bulkId: "bulk-limits" })).toEqual({ code: "BAD_REQUEST" });
    for (const unsubscribe of held) unsubscribe();
  });
});

describe("a gateway that cannot start", () => {
  it("rejects when its port is taken, after closing what it opened", async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const starting = startGateway(
        {
          tenants: [
            {
              id: "default",
              upstream: { baseUrl: "http://127.0.0.1:9", auth: { scheme: "App", apiKey: "k" } },
              quotas: {},
            },
          ],
          authenticator: await createAuthenticator({}),
          logger: createLogger("silent"),
          production: false,
          timeoutMs: 1_000,
          connections: 1,
          reportsPollIntervalMs: 3_600_000,
          bodyLimitBytes: 100_000,
        },
        { port, host: "127.0.0.1" },
      );
      await expect(starting).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
