import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SendTextDocument } from "../gql/graphql.js";
import type { RunningGateway } from "../../src/server/startGateway.js";
import { BACKENDS, sharedDatabase, type TestDatabase } from "../support/databases.js";
import { expectOneSendForConcurrentRetries } from "../support/concurrentRetries.js";
import { startStack, type Stack } from "../support/stack.js";

const SEND = "POST /omni/1/text";

describe.each(BACKENDS)("idempotent sends on %s", (backend) => {
  let db: TestDatabase;
  let stack: Stack;
  let replica: RunningGateway;
  beforeAll(async () => {
    db = sharedDatabase(backend);
    stack = await startStack({ database: db.database });
    replica = await stack.startReplica();
  });
  afterAll(async () => {
    await stack.close();
    await db.drop();
  });

  const textInput = () => ({
    idempotencyKey: randomUUID(),
    destinations: [{ to: { phoneNumber: `4179${randomInt(1_000_000, 9_999_999)}` } }],
    text: "Your code is 4711",
  });

  it("sends once for 50 concurrent retries with one key, spread over two replicas", async () => {
    await expectOneSendForConcurrentRetries({
      stack,
      replica,
      document: SendTextDocument,
      variables: { input: textInput() },
      count: 50,
      sendRoute: SEND,
    });
  });

  it("rejects the same key with a different input, and sends nothing", async () => {
    const input = textInput();
    const first = await stack.execute(SendTextDocument, { input });
    expect(first.errors).toBeUndefined();
    await stack.resetUpstreamCalls();

    const changed = await stack.execute(SendTextDocument, {
      input: { ...input, text: "Your code is 0000" },
    });
    expect(changed.errors![0]!.extensions!.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(changed.data).toBeNull();
    expect((await stack.upstreamCalls())[SEND]).toBeUndefined();
  });

  it("frees the key when the provider refused the send, so a corrected retry goes out", async () => {
    // A send-only Infobip key cannot read the scenario first: OMNI itself refuses the unknown key.
    const sendOnly = await startStack({ database: db.database, upstreamScopes: ["message:send"] });
    try {
      const input = { ...textInput(), scenarioKey: "F".repeat(32) };
      const refused = await sendOnly.execute(SendTextDocument, { input });
      expect(refused.errors![0]!.extensions).toMatchObject({ upstream: { status: 400 } });
      const retried = await sendOnly.execute(SendTextDocument, { input });
      expect(retried.errors![0]!.extensions!.code).not.toMatch(/^IDEMPOTENCY/);
      expect((await sendOnly.upstreamCalls())[SEND]).toBe(2);
    } finally {
      await sendOnly.close();
    }
  });
});
