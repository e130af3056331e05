import { GraphQLError } from "graphql";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFormatError } from "../../src/graphql/formatError.js";
import { mayHaveReachedUpstream, OmniRequestNotSerializable } from "../../src/omni/errors.js";
import { BREAKER } from "../../src/omni/resilience.js";
import type { WirePushRequest } from "../../src/omni/pushWire.js";
import { nested, startScriptedUpstream, type ScriptedUpstream } from "./scriptedUpstream.js";

const pushWith = (customPayload: Record<string, unknown>): WirePushRequest => ({
  messages: [
    {
      sender: "app-code",
      destinations: [{ type: "EXTERNAL_USER_ID", externalUserId: "customer_1" }],
      content: { type: "TEXT", text: "Hi" },
      options: { customPayload },
    },
  ],
});

// A client's JSONObject nested 5000 deep (30 kB) is more than JSON.stringify's recursion can take
// up to Node 24. Node 26's JSON.stringify is iterative and encodes any depth, so there the body is
// simply sent (GraphQL inputs never get this deep: input hygiene refuses them first).
const stringifyOverflows = (() => {
  try {
    JSON.stringify(nested(5_000));
    return false;
  } catch {
    return true;
  }
})();

describe.runIf(stringifyOverflows)("a request the gateway cannot encode", () => {
  let upstream: ScriptedUpstream;
  beforeAll(async () => {
    upstream = await startScriptedUpstream();
  });
  beforeEach(() => {
    upstream.arrivals.length = 0;
    upstream.answer = () => ({ status: 200, body: { scenarios: [] } });
  });
  afterAll(() => upstream.close());

  it("fails locally, names where it is too deep, and sends nothing", async () => {
    const client = upstream.client();

    const failure = await client.sendPush(pushWith(nested(5_000))).catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(OmniRequestNotSerializable);
    expect(failure).toMatchObject({
      reason: "TOO_DEEP",
      depth: 5_004,
      path: "messages[0].options.customPayload.a.a…",
    });
    expect(mayHaveReachedUpstream(failure)).toBe(false);
    expect(upstream.arrivals).toEqual([]);
  });

  it("never counts toward the breaker, however many there are", async () => {
    const client = upstream.client();

    // Far past the breaker's minimum, every one a failure: counted, they would open it.
    for (let i = 0; i < BREAKER.minimumCalls * 2; i++) {
      await expect(client.sendPush(pushWith(nested(5_000)))).rejects.toBeInstanceOf(
        OmniRequestNotSerializable,
      );
    }

    expect(client.circuitOpen).toBe(false);
    expect(upstream.arrivals).toEqual([]);
    await expect(client.listScenarios()).resolves.toEqual([]);
    expect(upstream.arrivals).toEqual(["GET /omni/1/scenarios"]);
  });

  it("answers the GraphQL caller BAD_USER_INPUT, naming where, with nothing to log", async () => {
    const failure = await upstream
      .client()
      .sendPush(pushWith(nested(5_000)))
      .then(
        () => new Error("sent"),
        (e: unknown) => e as Error,
      );
    const logged: unknown[] = [];
    const format = createFormatError(({ error }) => logged.push(error));
    const raised = new GraphQLError(failure.message, {
      path: ["sendPush"],
      originalError: failure,
    });

    const answer = format(raised.toJSON(), raised);

    expect(answer.extensions).toEqual({ code: "BAD_USER_INPUT", rule: "TOO_DEEP" });
    expect(answer.message).toBe(
      "Invalid input. The request nests 5004 levels deep at messages[0].options.customPayload.a.a…, too deep to send.",
    );
    expect(logged).toEqual([]);
  });

  it("is refused the same way for a value JSON has no form for", async () => {
    const client = upstream.client();

    const failure = await client
      .sendPush(pushWith({ amount: 10n }))
      .catch((e: unknown) => e as OmniRequestNotSerializable);

    expect(failure).toBeInstanceOf(OmniRequestNotSerializable);
    expect(failure).toMatchObject({ reason: "NOT_JSON" });
    expect(upstream.arrivals).toEqual([]);
  });

  it("still sends a deep payload that JSON can carry, once", async () => {
    upstream.answer = () => ({ status: 200, body: { bulkId: "b1", messages: [] } });
    const client = upstream.client();

    await expect(client.sendPush(pushWith(nested(100)))).resolves.toMatchObject({
      bulkId: "b1",
    });
    expect(upstream.arrivals).toEqual(["POST /push/3/messages"]);
  });
});
