import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BulkStatsDocument,
  SendPushDocument,
  SendTextDocument,
  type SendPushInput,
} from "../gql/graphql.js";
import type { RunningGateway } from "../../src/server/startGateway.js";
import { BACKENDS, sharedDatabase, type TestDatabase } from "../support/databases.js";
import { APP, PUSH_DEVICES } from "../support/pushDevices.js";
import { expectOneSendForConcurrentRetries } from "../support/concurrentRetries.js";
import { startStack, type Stack } from "../support/stack.js";

const SEND = "POST /push/3/messages";

describe.each(BACKENDS)("idempotent push sends on %s", (backend) => {
  let db: TestDatabase;
  let stack: Stack;
  let replica: RunningGateway;
  beforeAll(async () => {
    db = sharedDatabase(backend);
    stack = await startStack({ database: db.database, seed: { devices: PUSH_DEVICES } });
    replica = await stack.startReplica();
  });
  afterAll(async () => {
    await stack.close();
    await db.drop();
  });

  const pushInput = (): SendPushInput => ({
    idempotencyKey: randomUUID(),
    applicationCode: APP,
    destinations: [{ externalUserId: "customer_21234" }],
    text: "Your order shipped",
  });

  it("sends once for the same key and input, and the repeat gets the first result", async () => {
    const input = pushInput();
    await stack.resetUpstreamCalls();
    const first = await stack.execute(SendPushDocument, { input });
    expect(first.errors).toBeUndefined();
    expect(first.data!.sendPush.messages).toHaveLength(2);

    const again = await stack.execute(SendPushDocument, { input });
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect((await stack.upstreamCalls())[SEND]).toBe(1);

    // The send was recorded, so the bulk counts its pushes before any report arrives.
    const bulk = await stack.execute(BulkStatsDocument, {
      bulkId: first.data!.sendPush.bulkId,
    });
    expect(bulk.data?.bulk?.messageCount).toBe(2);
  });

  it("without a key, every call sends", async () => {
    const { idempotencyKey: _key, ...input } = pushInput();
    await stack.resetUpstreamCalls();
    const first = await stack.execute(SendPushDocument, { input });
    const second = await stack.execute(SendPushDocument, { input });
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data!.sendPush.bulkId).not.toBe(first.data!.sendPush.bulkId);
    expect((await stack.upstreamCalls())[SEND]).toBe(2);
  });

  it("rejects the same key with a different input, and sends nothing", async () => {
    const input = pushInput();
    const first = await stack.execute(SendPushDocument, { input });
    expect(first.errors).toBeUndefined();
    await stack.resetUpstreamCalls();

    const changed = await stack.execute(SendPushDocument, {
      input: { ...input, text: "Your order was cancelled" },
    });
    expect(changed.errors![0]!.extensions!.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(changed.data).toBeNull();
    expect((await stack.upstreamCalls())[SEND]).toBeUndefined();
  });

  it("does not let one key stand for a push and a text", async () => {
    const input = pushInput();
    const first = await stack.execute(SendPushDocument, { input });
    expect(first.errors).toBeUndefined();
    await stack.resetUpstreamCalls();

    const text = await stack.execute(SendTextDocument, {
      input: {
        idempotencyKey: input.idempotencyKey,
        destinations: [{ to: { phoneNumber: "441134960001" } }],
        text: input.text,
      },
    });
    expect(text.errors![0]!.extensions!.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect((await stack.upstreamCalls())["POST /omni/1/text"]).toBeUndefined();
  });

  it("sends once for 20 concurrent retries with one key, spread over two replicas", async () => {
    await expectOneSendForConcurrentRetries({
      stack,
      replica,
      document: SendPushDocument,
      variables: { input: pushInput() },
      count: 20,
      sendRoute: SEND,
    });
  });
});
