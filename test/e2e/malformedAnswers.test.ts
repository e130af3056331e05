import type { GraphQLFormattedError } from "graphql";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  MessagesDocument,
  MessageTimelineDocument,
  PushStatisticsDocument,
  ScenariosDocument,
  SendTextDocument,
} from "../gql/graphql.js";
import { faultProxy, type FaultProxy } from "../support/faultProxy.js";
import { startStack, type Stack } from "../support/stack.js";
import { READ_ATTEMPTS } from "../../src/omni/resilience.js";

/** What a malformed log row carries that must never come back out: a number and a text. */
const CANARY = { to: "41790000917", text: "Your code is 917355" };

const LOG_ROW_WITHOUT_ID = JSON.stringify({
  results: [
    {
      ...CANARY,
      bulkId: "canary-bulk",
      sentAt: "2026-07-23T12:55:35.086+0000",
      messageCount: 1,
      status: {
        groupId: 3,
        groupName: "DELIVERED",
        id: 5,
        name: "DELIVERED_TO_HANDSET",
        description: "Message delivered to handset",
      },
      channel: "SMS",
    },
  ],
});

function expectBadResponse(errors: readonly GraphQLFormattedError[] | undefined): void {
  expect(errors?.length).toBeGreaterThan(0);
  for (const error of errors!) {
    expect(error.extensions).toMatchObject({
      code: "UPSTREAM_UNAVAILABLE",
      upstream: { reason: "BAD_RESPONSE" },
    });
  }
}

describe("an upstream answering bodies that are not what OMNI documents", () => {
  let proxy: FaultProxy;
  let stack: Stack;
  let messageId: string;
  beforeAll(async () => {
    proxy = faultProxy(12);
    stack = await startStack({ between: (url) => proxy.start(url) });
    const sent = await stack.execute(SendTextDocument, {
      input: { destinations: [{ to: { phoneNumber: "41793026727" } }], text: "Hello" },
    });
    expect(sent.errors).toBeUndefined();
    messageId = sent.data!.sendText.messages[0]!.messageId;
  });
  beforeEach(() => {
    proxy.answers = {};
  });
  afterAll(() => stack.close());

  it("answers a scenario list that is no list as UPSTREAM_UNAVAILABLE, not as a crash", async () => {
    proxy.answers["GET /omni/1/scenarios"] = { status: 200, body: '{"scenarios": "nope"}' };
    const before = proxy.counts.canned;

    const read = await stack.execute(ScenariosDocument, { limit: 10 });

    expect(read.status).toBe(200);
    expect(read.data).toBeNull();
    expectBadResponse(read.errors);
    expect(JSON.stringify(read)).not.toContain("nope");
    // A garbled answer may be the link's doing: the read tried again, within its attempts.
    expect(proxy.counts.canned - before).toBeGreaterThan(0);
    expect(proxy.counts.canned - before).toBeLessThanOrEqual(READ_ATTEMPTS);
  });

  it("refuses a log row without messageId and echoes nothing of it, to callers or to logs", async () => {
    proxy.answers["GET /omni/1/logs"] = { status: 200, body: LOG_ROW_WITHOUT_ID };
    const logLines = stack.logs.length;

    const list = await stack.execute(MessagesDocument, { filter: { messageIds: [messageId] } });
    const timeline = await stack.execute(MessageTimelineDocument, { messageId });

    expectBadResponse(list.errors);
    expectBadResponse(timeline.errors);
    const everything = JSON.stringify([list, timeline, stack.logs.slice(logLines)]);
    for (const value of [CANARY.to, CANARY.text, "canary-bulk"]) {
      expect(everything).not.toContain(value);
    }
    expect(everything).not.toContain("INTERNAL_SERVER_ERROR");
  });

  it("answers push statistics that are not numbers the same way", async () => {
    proxy.answers["GET /push/1/statistics"] = {
      status: 200,
      body: '{"totalSent": "many", "delivered": 1, "seen": 1}',
    };

    const read = await stack.execute(PushStatisticsDocument, { bulkId: "B-1" });

    expectBadResponse(read.errors);
    expect(JSON.stringify(read)).not.toContain("many");
  });

  it("reads as before once OMNI's answers are well formed again", async () => {
    const scenarios = await stack.execute(ScenariosDocument, { limit: 10 });
    const timeline = await stack.execute(MessageTimelineDocument, { messageId });

    expect(scenarios.errors).toBeUndefined();
    expect(scenarios.data!.scenarios.length).toBeGreaterThan(0);
    expect(timeline.errors).toBeUndefined();
    expect(timeline.data!.message!.attempts).toHaveLength(1);
  });
});
