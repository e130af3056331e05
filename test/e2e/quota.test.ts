import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_SCOPES } from "../../src/domain/scopes.js";
import { hashApiKey } from "../../src/server/auth/hashApiKey.js";
import { QuotaDocument, ScenarioDocument, SendTextDocument } from "../gql/graphql.js";
import { BACKENDS, sharedDatabase } from "../support/databases.js";
import { startStack, type GraphQLResponse, type Stack } from "../support/stack.js";

const sendOne = { destinations: [{ to: { phoneNumber: "41793026727" } }], text: "Your code: 1234" };

describe.each(BACKENDS)("send quotas across two replicas on %s", (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      database: sharedDatabase(backend).database,
      // A day, not a minute: a burst of 100 sends on a busy CI core can take seconds, and one
      // that straddles a minute boundary rightly charges two windows.
      quotas: { messagesPerDay: 50 },
    });
  });
  afterAll(async () => {
    await stack.close();
  });

  it("accepts exactly the quota of 100 concurrent sends, and sends nothing for the rest", async () => {
    const replica = await stack.startReplica();
    await stack.resetUpstreamCalls();
    const answers: GraphQLResponse<unknown>[] = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        stack.executeOn(i % 2 ? replica : stack.gateway, SendTextDocument, { input: sendOne }),
      ),
    );

    const accepted = answers.filter((a) => !a.errors);
    const refused = answers.filter((a) => a.errors);
    expect(accepted).toHaveLength(50);
    expect(refused).toHaveLength(50);
    for (const answer of refused) {
      expect(answer.status).toBe(200);
      expect(answer.errors![0]!.extensions).toMatchObject({
        code: "RATE_LIMITED",
        quota: { window: "messagesPerDay", limit: 50 },
      });
      const retryAfter = answer.errors![0]!.extensions!.retryAfter as number;
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(86_400);
    }
    expect((await stack.upstreamCalls())["POST /omni/1/text"]).toBe(50);

    const quota = await stack.execute(QuotaDocument);
    expect(quota.data?.quota).toEqual([
      expect.objectContaining({ window: "messagesPerDay", limit: 50, used: 50, remaining: 0 }),
    ]);
    // Reads are not sends: the quota does not stand in their way.
    expect((await stack.execute(ScenarioDocument, { key: "0".repeat(32) })).errors).toBeUndefined();
  });

  it("refuses a send larger than the whole quota without a retryAfter, and keeps its key free", async () => {
    const idempotencyKey = randomUUID();
    const tooMany = Array.from({ length: 51 }, (_, i) => ({
      to: { phoneNumber: `4179302${String(i).padStart(4, "0")}` },
    }));
    const answer = await stack.execute(SendTextDocument, {
      input: { ...sendOne, destinations: tooMany, idempotencyKey },
    });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "RATE_LIMITED" });
    expect(answer.errors?.[0]?.extensions?.retryAfter).toBeUndefined();
    expect(answer.errors?.[0]?.message).toMatch(/split it/);
  });
});

describe("an upstream that throttles", () => {
  const callerKey = "busy-caller-key-0123456789abcdef";
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      auth: {
        apiKeys: [
          {
            id: "busy-bff",
            sha256: hashApiKey(callerKey),
            tenant: "busy",
            scopes: [...ALL_SCOPES],
          },
        ],
      },
      // Two requests per ten minutes (a send reads the default scenario, then sends); the third
      // call is throttled by the sandbox account.
      tenants: [{ id: "busy", rateLimit: { requests: 2, perSeconds: 600 } }],
    });
  });
  afterAll(async () => {
    await stack.close();
  });

  it("answers RATE_LIMITED with the upstream's Retry-After, and does not wait that long", async () => {
    const headers = { authorization: `ApiKey ${callerKey}` };
    const first = await stack.executeWith(headers, SendTextDocument, { input: sendOne });
    expect(first.errors).toBeUndefined();
    expect(await stack.upstreamCallsOf("busy")).toEqual({
      "GET /omni/1/scenarios": 1,
      "POST /omni/1/text": 1,
    });
    const started = Date.now();
    const read = await stack.executeWith(headers, ScenarioDocument, { key: "A".repeat(32) });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(read.errors?.[0]?.extensions).toMatchObject({
      code: "RATE_LIMITED",
      upstream: { status: 429, messageId: "TOO_MANY_REQUESTS" },
    });
    const retryAfter = read.errors![0]!.extensions!.retryAfter as number;
    expect(retryAfter).toBeGreaterThan(500);
    expect(retryAfter).toBeLessThanOrEqual(600);
    // One refused read, not retried at once against a limit ten minutes away.
    expect(await stack.upstreamCallsOf("busy")).toEqual({
      "GET /omni/1/scenarios": 1,
      "POST /omni/1/text": 1,
      "GET /omni/1/scenarios/{scenarioKey}": 1,
    });
  });
});
