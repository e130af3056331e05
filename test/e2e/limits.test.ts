import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  MessagesDocument,
  ReportsDocument,
  SendAdvancedDocument,
  SendTextDocument,
  UpdateScenarioDocument,
} from "../gql/graphql.js";
import { startStack, type Stack } from "../support/stack.js";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.resetUpstreamCalls());

interface Refusal {
  code: unknown;
  field: unknown;
  message: string;
  violations: { path: string; rule: string }[];
}

function refusal(response: {
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}): Refusal {
  const error = response.errors![0]!;
  return {
    code: error.extensions!.code,
    field: error.extensions!.field,
    message: error.message,
    violations: error.extensions!.violations as Refusal["violations"],
  };
}

const to = { phoneNumber: "41793026727" };
const ids = (n: number) => Array.from({ length: n }, (_, i) => `id-${i}`);

describe("input limits, refused before anything goes upstream", () => {
  it("refuses ids over 200 characters, repeated messageIds and an unknown notifyContentType", async () => {
    const response = await stack.execute(SendAdvancedDocument, {
      input: {
        bulkId: "b".repeat(201),
        destinations: [
          { messageId: "m".repeat(201), to },
          { messageId: "same", to },
          { messageId: "same", to },
        ],
        sms: { text: "Hi" },
        notifyContentType: "text/plain",
      },
    });
    const { code, violations } = refusal(response);
    expect(code).toBe("BAD_USER_INPUT");
    expect(violations.map((v) => [v.path, v.rule])).toEqual([
      ["input.bulkId", "TOO_LONG"],
      ["input.destinations[0].messageId", "TOO_LONG"],
      ["input.destinations[2].messageId", "DUPLICATE"],
      ["input.notifyContentType", "NOTIFY_CONTENT_TYPE"],
    ]);
    expect(await stack.upstreamCalls()).toEqual({});
  });

  it("accepts ids of exactly 200 characters and both documented content types", async () => {
    for (const notifyContentType of ["application/json", "application/xml"]) {
      const response = await stack.execute(SendAdvancedDocument, {
        input: {
          bulkId: `${notifyContentType}-`.padEnd(200, "b"),
          destinations: [{ messageId: `${notifyContentType}-`.padEnd(200, "m"), to }],
          sms: { text: "Hi" },
          notifyContentType,
        },
      });
      expect(response.errors).toBeUndefined();
    }
  });

  it("refuses repeated messageIds in a simple send too", async () => {
    const response = await stack.execute(SendTextDocument, {
      input: {
        destinations: [
          { messageId: "twice", to },
          { messageId: "twice", to },
        ],
        text: "Hi",
      },
    });
    expect(refusal(response)).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.destinations[1].messageId",
    });
    expect(await stack.upstreamCalls()).toEqual({});
  });

  it("refuses more than 1000 ids in a message or report filter", async () => {
    const messages = await stack.execute(MessagesDocument, {
      filter: { messageIds: ids(1001), bulkIds: ids(1001) },
    });
    expect(refusal(messages).violations.map((v) => [v.path, v.rule])).toEqual([
      ["filter.messageIds", "TOO_MANY"],
      ["filter.bulkIds", "TOO_MANY"],
    ]);
    const reports = await stack.execute(ReportsDocument, { filter: { messageIds: ids(1001) } });
    expect(refusal(reports)).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.messageIds" });
    expect(await stack.upstreamCalls()).toEqual({});

    const accepted = await stack.execute(MessagesDocument, { filter: { messageIds: ids(1000) } });
    expect(accepted.errors).toBeUndefined();
  });

  it("checks the scenario key format on update as on read", async () => {
    const response = await stack.execute(UpdateScenarioDocument, {
      key: "not-a-key",
      input: { name: "x", flow: [{ channel: "SMS", from: "InfoSMS" }] },
    });
    expect(refusal(response)).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "args.key",
      violations: [{ path: "args.key", rule: "SCENARIO_KEY_FORMAT" }],
    });
    expect(await stack.upstreamCalls()).toEqual({});
  });

  it("spells out the first 10 violations and lists at most 100", async () => {
    const response = await stack.execute(SendAdvancedDocument, {
      input: { destinations: Array.from({ length: 150 }, () => ({ to: {} })), sms: { text: "x" } },
    });
    const { code, message, violations } = refusal(response);
    expect(code).toBe("BAD_USER_INPUT");
    expect(violations).toHaveLength(100);
    expect(message.match(/destinations\[\d+\]\.to:/g)).toHaveLength(10);
    expect(message).toMatch(/… and 140 more\.$/);
    expect(await stack.upstreamCalls()).toEqual({});
  });
});
