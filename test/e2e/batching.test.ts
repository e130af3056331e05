import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/Database.js";
import { openDatabase } from "../../src/store/openDatabase.js";
import { MessagesDocument, SendTextDocument } from "../gql/graphql.js";
import { pgliteTemplate } from "../support/pgliteTemplate.js";
import { startStack, type Stack } from "../support/stack.js";

let stack: Stack;
let messageIds: string[];
let db: Database;
/** Every statement that read stored reports of messages by id, since the last reset. */
const reportReads: string[] = [];
beforeAll(async () => {
  db = await openDatabase({ pgliteTemplate: await pgliteTemplate() }, () => undefined);
  const counting: Database = {
    ...db,
    query: (sql, params) => {
      if (/FROM reports\b/.test(sql) && /message_id IN/.test(sql)) reportReads.push(sql);
      return db.query(sql, params);
    },
  };
  stack = await startStack({ database: { shared: counting } });
  const destinations = Array.from({ length: 150 }, (_, i) => ({
    to: { phoneNumber: `4179310${String(i).padStart(4, "0")}` },
  }));
  const sent = await stack.execute(SendTextDocument, { input: { destinations, text: "Batch" } });
  messageIds = sent.data!.sendText.messages.map((m) => m.messageId);
  await stack.advanceClock(60_000);
});
afterAll(async () => {
  await stack.close();
  await db.close();
});

const ENTITY_STATUSES =
  "query($r: [_Any!]!) { _entities(representations: $r) { ... on Message { messageId status { name } } } }";

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
    reportReads.length = 0;
    const response = await stack.post({
      query: ENTITY_STATUSES,
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
    // The unknown one is looked up in the stored reports, once for the batch.
    expect(reportReads).toHaveLength(1);

    // Delivered ones need no stored report: their logs say where they stand.
    reportReads.length = 0;
    const delivered = await stack.post({
      query: ENTITY_STATUSES,
      variables: { r: messageIds.map((messageId) => ({ __typename: "Message", messageId })) },
    });
    expect(delivered.status).toBe(200);
    expect(reportReads).toEqual([]);
  });

  it("reads the stored reports of undelivered messages once per batch", async () => {
    await stack.putContact("41793109999", { SMS: "UNREACHABLE" });
    const destinations = ["41793109998", "41793109999"].map((phoneNumber) => ({
      to: { phoneNumber },
    }));
    const sent = await stack.execute(SendTextDocument, { input: { destinations, text: "Batch" } });
    const ids = sent.data!.sendText.messages.map((m) => m.messageId);
    await stack.advanceClock(60_000);
    reportReads.length = 0;
    const response = await stack.post({
      query: ENTITY_STATUSES,
      variables: { r: ids.map((messageId) => ({ __typename: "Message", messageId })) },
    });
    const body = (await response.json()) as {
      data: { _entities: { status: { name: string } }[] };
    };
    expect(body.data._entities.map((e) => e.status.name)).toEqual([
      "DELIVERED_TO_HANDSET",
      expect.not.stringMatching(/^DELIVERED/),
    ]);
    expect(reportReads).toHaveLength(1);
  });
});
