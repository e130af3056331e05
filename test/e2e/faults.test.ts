import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse, print, type GraphQLFormattedError } from "graphql";
import { afterEach, describe, expect, it } from "vitest";
import {
  CreateScenarioDocument,
  ScenarioDocument,
  ScenariosDocument,
  SendPushDocument,
  SendTextDocument,
} from "../gql/graphql.js";
import { BACKENDS, sharedDatabase, type TestDatabase } from "../support/databases.js";
import { faultProxy, type FaultProxy } from "../support/faultProxy.js";
import { APP, PUSH_DEVICES } from "../support/pushDevices.js";
import { startStack, type GraphQLResponse, type Stack } from "../support/stack.js";
import { RETRY_BUDGET } from "../../src/omni/resilience.js";

/** The flaky link of issue 10: 20 % of upstream calls answered 500, 10 % dropped. */
const FLAKY = { error500: 0.2, reset: 0.1 };
const HEALTHY = { error500: 0, reset: 0 };
/**
 * Enough reads that 1 % is a margin, not a coin toss: a read fails at p⁵, and at the 31–32 % this
 * seed draws, 400 reads expect about 1.3 failures and fail more than 4 in about 1 % of runs
 * (once in CI); 1000 expect 3 and fail more than 10 in about 0.2 % (a model of the test).
 */
const READS = 1000;
/** Concurrent readers: a small frontend fleet, enough to overlap the retries' backoff. */
const CALLERS = 16;

/**
 * A sent message's status, from OMNI's logs: one upstream call per read, so the retries the
 * budget allows can be counted. (`attempts` and `report` also drain the fetch-once report
 * endpoints, never retried; a failed drain leaves those reads to the store.)
 */
const MessageStatus = parse(`
  query MessageStatus($messageId: ID!) {
    message(messageId: $messageId) { messageId status { name } channel }
  }
`) as TypedDocumentNode<
  {
    message: { messageId: string; status: { name: string } | null; channel: string | null } | null;
  },
  { messageId: string }
>;

interface Fixture {
  scenarioKeys: string[];
  messageIds: string[];
}

/** Scenarios and sent messages to read, made while the link is still healthy. */
async function fixture(stack: Stack): Promise<Fixture> {
  const scenarioKeys: string[] = [];
  for (const channel of ["SMS", "VIBER", "EMAIL"] as const) {
    const created = await stack.execute(CreateScenarioDocument, {
      input: { name: `faults ${channel}`, flow: [{ channel, from: "InfoSMS" }] },
    });
    expect(created.errors).toBeUndefined();
    scenarioKeys.push(created.data!.createScenario.key);
  }
  const sent = await stack.execute(SendTextDocument, {
    input: {
      destinations: Array.from({ length: 5 }, (_, i) => ({
        to: { phoneNumber: `4179302670${i}` },
      })),
      text: "Your code is 1234",
    },
  });
  expect(sent.errors).toBeUndefined();
  const messageIds = sent.data!.sendText.messages.map((m) => m.messageId);
  for (const messageId of messageIds) {
    const logged = await stack.execute(MessageStatus, { messageId });
    expect(logged.data?.message?.status?.name).toEqual(expect.any(String));
  }
  return { scenarioKeys, messageIds };
}

/** The i-th read of the mix: a scenario by key, the scenario list, or a sent message's status. */
function read(stack: Stack, { scenarioKeys, messageIds }: Fixture, i: number) {
  switch (i % 3) {
    case 0:
      return stack.execute(ScenarioDocument, {
        key: scenarioKeys[Math.floor(i / 3) % scenarioKeys.length]!,
      });
    case 1:
      return stack.execute(ScenariosDocument, { limit: 10 });
    default:
      return stack.execute(MessageStatus, { messageId: messageIds[i % messageIds.length]! });
  }
}

/**
 * Runs reads `count` of the mix, `CALLERS` at a time (each caller reads again as soon as it has
 * its answer), and answers the errors of the ones that failed.
 */
async function readMany(
  stack: Stack,
  data: Fixture,
  count: number,
): Promise<readonly GraphQLFormattedError[][]> {
  const failed: GraphQLFormattedError[][] = [];
  let next = 0;
  const caller = async () => {
    for (let i = next++; i < count; i = next++) {
      const answer: GraphQLResponse<unknown> = await read(stack, data, i);
      if (answer.status !== 200 || answer.errors || !answer.data) failed.push(answer.errors ?? []);
    }
  };
  await Promise.all(Array.from({ length: CALLERS }, caller));
  return failed;
}

/** Upstream requests the link saw, whatever became of them. */
const attempts = ({ counts }: FaultProxy) => counts.forwarded + counts.answered500 + counts.reset;

const reasonOf = (error: GraphQLFormattedError) =>
  (error.extensions?.upstream as { reason?: string } | undefined)?.reason;

/**
 * A sendPush request whose customPayload nests `depth` objects (about 30 kB at 5000), written
 * out by hand: JSON.stringify itself cannot go that deep, which is the point.
 */
function deepPushRequest(depth: number): string {
  const payload = `${'{"a":'.repeat(depth - 1)}{"leaf":true}${"}".repeat(depth - 1)}`;
  const request = JSON.stringify({
    query: print(SendPushDocument),
    variables: {
      input: {
        applicationCode: APP,
        destinations: [{ externalUserId: "customer_21234" }],
        text: "Your order shipped",
        customPayload: "PAYLOAD",
      },
    },
  });
  return request.replace('"PAYLOAD"', payload);
}

describe.each(BACKENDS)("behind a link failing 3 upstream calls in 10, on %s", (backend) => {
  let stack: Stack | undefined;
  let db: TestDatabase | undefined;
  afterEach(async () => {
    await stack?.close();
    await db?.drop();
  });

  const start = async (proxy: FaultProxy) => {
    db = sharedDatabase(backend);
    stack = await startStack({
      database: db.database,
      seed: {
        devices: PUSH_DEVICES,
        scenarios: [{ name: "SMS", flow: [{ channel: "SMS", from: "InfoSMS" }], default: true }],
      },
      between: (url) => proxy.start(url),
      // What is measured is the link, not this machine: on a busy CI core a read's five attempts
      // and their backoff could outlast the 5 s default deadline and count as the link's failure.
      timeoutMs: 15_000,
    });
    return stack;
  };

  // Bounded: 1030 reads, and a few seconds of backoff at most; the limit is for a busy CI machine.
  it(
    "answers at least 99 % of reads, and the breaker stays closed",
    { timeout: 60_000 },
    async () => {
      const proxy = faultProxy(20_251_010);
      const stack = await start(proxy);
      const data = await fixture(stack);
      const before = attempts(proxy);
      proxy.rates = FLAKY;

      const failed = await readMany(stack, data, READS);

      const tried = attempts(proxy) - before;
      expect((proxy.counts.answered500 + proxy.counts.reset) / tried).toBeGreaterThan(0.25);
      expect(READS - failed.length).toBeGreaterThanOrEqual(READS * 0.99);
      // Whatever failed, failed on the upstream, never on an open breaker.
      expect(failed.flat().map(reasonOf)).not.toContain("CIRCUIT_OPEN");
      expect(failed.flat().every((e) => e.extensions?.code === "UPSTREAM_UNAVAILABLE")).toBe(true);
      // Each of these reads is one upstream call; retries stayed inside the client's budget.
      expect(tried - READS).toBeLessThanOrEqual(RETRY_BUDGET.floor + RETRY_BUDGET.ratio * READS);

      // Closed in deed: once the link heals, every read reaches OMNI at once.
      proxy.rates = HEALTHY;
      const forwarded = proxy.counts.forwarded;
      expect(await readMany(stack, data, 30)).toEqual([]);
      expect(proxy.counts.forwarded - forwarded).toBe(30);
    },
  );

  it("refuses client payloads too deep to send, sends nothing, and keeps others' reads working", async () => {
    const proxy = faultProxy(7);
    const stack = await start(proxy);
    const data = await fixture(stack);
    await stack.resetUpstreamCalls();
    proxy.rates = FLAKY;
    // More than the breaker needs to open, were they counted: every one would be a failure.
    const deep = 40;

    const [pushes, failedReads] = await Promise.all([
      Promise.all(
        Array.from({ length: deep }, async () => {
          const response = await stack.post(deepPushRequest(5_000));
          return (await response.json()) as GraphQLResponse<unknown>;
        }),
      ),
      readMany(stack, data, 120),
    ]);

    for (const push of pushes) {
      expect(push.data).toBeNull();
      expect(push.errors).toHaveLength(1);
      const [error] = push.errors!;
      // Refused as the caller's input, by the input limits or else by the client's encoder.
      expect(error!.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(error!.extensions).not.toHaveProperty("outcome");
      expect(JSON.stringify(error)).not.toMatch(/stack|RangeError|127\.0\.0\.1/);
    }
    expect(proxy.counts.byRoute["POST /push/3/messages"]).toBeUndefined();
    expect((await stack.upstreamCalls())["POST /push/3/messages"]).toBeUndefined();
    // 0.3⁵ of reads may fail on their own; more than three of 120 is not bad luck.
    expect(failedReads.length).toBeLessThanOrEqual(3);
    expect(failedReads.flat().map(reasonOf)).not.toContain("CIRCUIT_OPEN");

    // And an ordinary push from another caller still goes out.
    proxy.rates = HEALTHY;
    const ordinary = await stack.execute(SendPushDocument, {
      input: {
        applicationCode: APP,
        destinations: [{ externalUserId: "customer_21234" }],
        text: "Your order shipped",
        customPayload: { orderId: "A-1" },
      },
    });
    expect(ordinary.errors).toBeUndefined();
    expect(proxy.counts.byRoute["POST /push/3/messages"]).toBe(1);
  });
});
