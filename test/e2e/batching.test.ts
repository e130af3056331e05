import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MessagesDocument, SendTextDocument } from "../gql/graphql.js";
import { startStack, type Stack } from "../support/stack.js";

let stack: Stack;
let messageIds: string[];
beforeAll(async () => {
  stack = await startStack();
  const destinations = Array.from({ length: 150 }, (_, i) => ({
    to: { phoneNumber: `4179310${String(i).padStart(4, "0")}` },
  }));
  const sent = await stack.execute(SendTextDocument, { input: { destinations, text: "Batch" } });
  messageIds = sent.data!.sendText.messages.map((m) => m.messageId);
  await stack.advanceClock(60_000);
});
afterAll(() => stack.close());

describe("batching upstream calls", () => {
  it("reads 15 messages by id, as aliased root fields, with one logs call", async () => {
    await stack.resetUpstreamCalls();
    // 15 aliases are the most an operation takes (LIMIT_ALIASES); larger reads use messages(filter).
    const query = `{ ${messageIds
      .slice(0, 15)
      .map((id, i) => `m${i}: message(messageId: "${id}") { status { groupName } channel }`)
      .join(" ")} }`;
    const response = await stack.post({ query });
    const body = (await response.json()) as {
      data: Record<string, { status: { groupName: string } }>;
    };
    expect(Object.values(body.data).every((m) => m.status.groupName === "DELIVERED")).toBe(true);
    expect(await stack.upstreamCalls()).toEqual({ "GET /omni/1/logs": 1 });
  });

  it("lists messages of a bulk and their status from the same logs page", async () => {
    await stack.resetUpstreamCalls();
    const result = await stack.execute(MessagesDocument, {
      filter: { messageIds: messageIds.slice(0, 100), limit: 1000 },
    });
    expect(result.data!.messages).toHaveLength(100);
    expect(
      result.data!.messages.every(
        (m) => m.status!.groupName === "DELIVERED" && m.channel === "SMS",
      ),
    ).toBe(true);
    expect(await stack.upstreamCalls()).toEqual({ "GET /omni/1/logs": 1 });
  });

  it("answers N _entities representations of Message with one logs call", async () => {
    await stack.resetUpstreamCalls();
    const response = await stack.post({
      query:
        "query($r: [_Any!]!) { _entities(representations: $r) { ... on Message { messageId status { name } } } }",
      variables: {
        r: [...messageIds, "no-such-message"].map((messageId) => ({
          __typename: "Message",
          messageId,
        })),
      },
    });
    const body = (await response.json()) as {
      data: { _entities: { messageId: string; status: { name: string } | null }[] };
    };
    expect(body.data._entities).toHaveLength(151);
    expect(body.data._entities.at(-1)).toEqual({ messageId: "no-such-message", status: null });
    expect(body.data._entities[0]!.messageId).toBe(messageIds[0]);
    expect(await stack.upstreamCalls()).toEqual({ "GET /omni/1/logs": 1 });
  });
});
