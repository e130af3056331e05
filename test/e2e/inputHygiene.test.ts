import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  MessagesDocument,
  MessageTimelineDocument,
  ScenarioDocument,
  SendAdvancedDocument,
  SendPushDocument,
  SendTextDocument,
} from "../gql/graphql.js";
import { startStack, type GraphQLResponse, type Stack } from "../support/stack.js";

const NUL = "\u0000";
const LONE_SURROGATE = "\uD800";
const phone = { to: { phoneNumber: "41793026727" } };

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.close();
});

/** The answer must be this coded error naming this field, and nothing may have reached OMNI. */
async function refusedBeforeUpstream(
  answer: Promise<GraphQLResponse<unknown>>,
  expected: { code: string; field: string; rule?: string },
) {
  await stack.resetUpstreamCalls();
  const { status, errors } = await answer;
  expect(status).toBe(200);
  expect(errors?.[0]?.extensions).toMatchObject({
    code: expected.code,
    field: expected.field,
    ...(expected.rule && { violations: [expect.objectContaining({ rule: expected.rule })] }),
  });
  expect(await stack.upstreamCalls()).toEqual({});
}

describe("input hygiene at the edge", () => {
  it.each([
    ["U+0000", NUL],
    ["a lone surrogate", LONE_SURROGATE],
  ])("refuses %s in any string, naming the field, before anything is sent", async (_, bad) => {
    await refusedBeforeUpstream(
      stack.execute(SendTextDocument, { input: { destinations: [phone], text: `hi${bad}` } }),
      { code: "BAD_USER_INPUT", field: "input.text", rule: "UNSAFE_CHARACTER" },
    );
    await refusedBeforeUpstream(stack.execute(ScenarioDocument, { key: `A${bad}` }), {
      code: "BAD_USER_INPUT",
      field: "key",
      rule: "UNSAFE_CHARACTER",
    });
    await refusedBeforeUpstream(
      stack.execute(MessagesDocument, { filter: { messageIds: ["ok", `x${bad}`] } }),
      { code: "BAD_USER_INPUT", field: "filter.messageIds[1]", rule: "UNSAFE_CHARACTER" },
    );
    await refusedBeforeUpstream(
      stack.execute(SendAdvancedDocument, {
        input: { destinations: [phone], sms: { text: "hi" }, callbackData: `order${bad}` },
      }),
      { code: "BAD_USER_INPUT", field: "input.callbackData", rule: "UNSAFE_CHARACTER" },
    );
  });

  it("holds ids to Infobip's length on reads as on sends", async () => {
    const long = "m".repeat(201);
    await refusedBeforeUpstream(stack.execute(MessageTimelineDocument, { messageId: long }), {
      code: "BAD_USER_INPUT",
      field: "messageId",
      rule: "TOO_LONG",
    });
    await refusedBeforeUpstream(
      stack.execute(MessagesDocument, { filter: { bulkIds: ["b", long] } }),
      { code: "BAD_USER_INPUT", field: "filter.bulkIds[1]", rule: "TOO_LONG" },
    );
    await refusedBeforeUpstream(
      stack.execute(SendTextDocument, {
        input: { destinations: [{ ...phone, messageId: long }], text: "hi" },
      }),
      { code: "BAD_USER_INPUT", field: "input.destinations[0].messageId", rule: "TOO_LONG" },
    );
  });

  it("bounds a push customPayload in depth and size", async () => {
    const input = (customPayload: string) =>
      `{"applicationCode":"233623e3c860b49ec69a464834343481-8bj4el4a-256d-23fd-56ad-b5bc3d568b53",` +
      `"destinations":[{"phoneNumber":"41793026727"}],"text":"Hello","customPayload":${customPayload}}`;
    // Written out by hand: 5000 levels are more than JSON.stringify takes on a test's stack.
    const deep = `${'{"next":'.repeat(5_000)}{"leaf":true}${"}".repeat(5_000)}`;
    const push = async (customPayload: string): Promise<GraphQLResponse<unknown>> => {
      const response = await stack.post(
        `{"query":${JSON.stringify(print(SendPushDocument))},"variables":{"input":${input(customPayload)}}}`,
      );
      return { status: response.status, ...((await response.json()) as object) };
    };
    await refusedBeforeUpstream(push(deep), {
      code: "BAD_USER_INPUT",
      field: "input.customPayload",
      rule: "JSON_TOO_DEEP",
    });
    await refusedBeforeUpstream(push(JSON.stringify({ blob: "x".repeat(5_000) })), {
      code: "BAD_USER_INPUT",
      field: "input.customPayload",
      rule: "JSON_TOO_LARGE",
    });
  });

  it("answers a send naming an unknown scenario NOT_FOUND, and sends nothing", async () => {
    await stack.resetUpstreamCalls();
    const answer = await stack.execute(SendTextDocument, {
      input: { scenarioKey: "0".repeat(32), destinations: [phone], text: "hi" },
    });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: "NOT_FOUND",
      field: "input.scenarioKey",
    });
    expect(await stack.upstreamCalls()).toEqual({ "GET /omni/1/scenarios/{scenarioKey}": 1 });
  });

  it.each([
    ["no key", { __typename: "Message" }],
    ["a number for a key", { __typename: "Message", messageId: 42 }],
    ["a key with U+0000", { __typename: "Bulk", bulkId: `b${NUL}` }],
    ["a malformed scenario key", { __typename: "Scenario", key: "not-a-key" }],
  ])("refuses an _entities representation with %s as BAD_USER_INPUT", async (_, reference) => {
    await stack.resetUpstreamCalls();
    const response = await stack.post({
      query: `query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }`,
      variables: { r: [reference] },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      violations: [expect.objectContaining({ rule: "MALFORMED_REPRESENTATION" })],
    });
    expect(await stack.upstreamCalls()).toEqual({});
  });
});
