import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BulkStatsDocument,
  CreateScenarioDocument,
  MessageTimelineDocument,
  SendAdvancedDocument,
  SendTextDocument,
} from "../gql/graphql.js";
import { BACKENDS, sharedDatabase } from "../support/databases.js";
import { startStack, type Stack } from "../support/stack.js";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

describe("sending", () => {
  it("sends a text through the default scenario, with a bulkId only for several destinations", async () => {
    const one = await stack.execute(SendTextDocument, {
      input: { destinations: [{ to: { phoneNumber: "41793026727" } }], text: "Hello" },
    });
    expect(one.errors).toBeUndefined();
    expect(one.data!.sendText.bulkId).toBeNull();

    const two = await stack.execute(SendTextDocument, {
      input: {
        bulkId: "BULK-ID-123-xyz",
        destinations: [
          { messageId: "MESSAGE-ID-123-xyz", to: { phoneNumber: "41793026727" } },
          { to: { phoneNumber: "41793026731" } },
        ],
        text: "Hello both",
      },
    });
    expect(two.errors).toBeUndefined();
    expect(two.data!.sendText.bulkId).toBe("BULK-ID-123-xyz");
    const [first, second] = two.data!.sendText.messages;
    expect(first!.messageId).toBe("MESSAGE-ID-123-xyz");
    expect(second!.messageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(second!.status).toEqual({ groupName: "PENDING", name: "PENDING_ENROUTE" });
  });

  it("delays the first step until sendAt", async () => {
    const { data } = await stack.execute(CreateScenarioDocument, {
      input: { name: "sms", flow: [{ channel: "SMS", from: "InfoSMS" }] },
    });
    const clock = (await (await fetch(`${stack.sandbox.url}/sandbox/clock`)).json()) as {
      now: string;
    };
    const now = Date.parse(clock.now);
    const sent = await stack.execute(SendAdvancedDocument, {
      input: {
        scenarioKey: data!.createScenario.key,
        destinations: [{ to: { phoneNumber: "41793026740" } }],
        sms: { text: "Later" },
        // The gateway checks sendAt against real time; the frozen sandbox clock started at it.
        sendAt: new Date(Math.max(now, Date.now()) + 3_600_000).toISOString(),
      },
    });
    expect(sent.errors).toBeUndefined();
    const messageId = sent.data!.sendAdvanced.messages[0]!.messageId;
    const before = await stack.execute(MessageTimelineDocument, { messageId });
    expect(before.data!.message).toBeNull();

    await stack.advanceClock(2 * 3_600_000);
    const after = await stack.execute(MessageTimelineDocument, { messageId });
    expect(after.data!.message!.status!.groupName).toBe("DELIVERED");
  });

  it("reports every violation of an input together, names each field, and sends nothing", async () => {
    await stack.resetUpstreamCalls();
    const result = await stack.execute(SendAdvancedDocument, {
      input: {
        destinations: [{ to: {} }, { to: { phoneNumber: "41793026727" } }],
        sms: { text: "x", validityPeriod: 10, validityPeriodTimeUnit: "SECONDS" },
        viber: { text: "x", validityPeriod: 15 * 24, validityPeriodTimeUnit: "HOURS" },
        callbackData: "x".repeat(4001),
      },
    });
    expect(result.data).toBeNull();
    const extensions = result.errors![0]!.extensions as {
      code: string;
      field: string;
      violations: { path: string; rule: string }[];
    };
    expect(extensions.code).toBe("BAD_USER_INPUT");
    expect(extensions.field).toBe("input.destinations[0].to");
    expect(extensions.violations.map((v) => [v.path, v.rule])).toEqual([
      ["input.destinations[0].to", "ADDRESS_REQUIRED"],
      ["input.sms.validityPeriod", "VALIDITY_TOO_SHORT"],
      ["input.viber.validityPeriod", "VALIDITY_TOO_LONG"],
      ["input.callbackData", "TOO_LONG"],
    ]);
    expect(await stack.upstreamCalls()).toEqual({});
  });

  it("rejects a malformed phone number by its field and rule, sending nothing", async () => {
    await stack.resetUpstreamCalls();
    const result = await stack.execute(SendTextDocument, {
      input: { destinations: [{ to: { phoneNumber: "+41 79 302 67 27" } }], text: "x" },
    });
    expect(result.data).toBeNull();
    expect(result.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.destinations[0].to.phoneNumber",
      violations: [{ path: "input.destinations[0].to.phoneNumber", rule: "MSISDN_FORMAT" }],
    });
    expect(result.errors![0]!.message).toContain("input.destinations[0].to.phoneNumber");
    expect(await stack.upstreamCalls()).toEqual({});
  });

  it("turns an upstream validation failure into BAD_USER_INPUT with OMNI's field errors", async () => {
    // A send-only Infobip key cannot read the scenario first, so OMNI itself judges the key.
    const sendOnly = await startStack({ upstreamScopes: ["message:send"] });
    try {
      const result = await sendOnly.execute(SendTextDocument, {
        input: {
          scenarioKey: "F".repeat(32),
          destinations: [{ to: { phoneNumber: "41793026727" } }],
          text: "x",
        },
      });
      expect(result.errors![0]!.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        upstream: { status: 400, messageId: "BAD_REQUEST" },
      });
      expect(JSON.stringify(result.errors![0]!.extensions!.violations)).toContain("scenarioKey");
    } finally {
      await sendOnly.close();
    }
  });
});

// PGlite runs one statement at a time, so a read after the answer waits behind the record
// anyway; PostgreSQL runs them side by side, and only the held answer keeps them in order.
describe.each(BACKENDS)("a big send's record on %s", (backend) => {
  let recording: Stack;
  beforeAll(async () => {
    recording = await startStack({ database: sharedDatabase(backend).database });
  });
  afterAll(() => recording.close());

  it("holds the answer until every message of a big send is recorded, so the bulk counts them at once", async () => {
    const destinations = Array.from({ length: 6_000 }, (_, i) => ({
      to: { phoneNumber: `4179320${String(i).padStart(4, "0")}` },
    }));
    const sent = await recording.execute(SendTextDocument, {
      input: { bulkId: "BULK-RECORDED-AT-ONCE", destinations, text: "Counted" },
    });
    expect(sent.errors).toBeUndefined();
    // No clock advance, no report yet: what the bulk counts is what the send recorded.
    const bulk = await recording.execute(BulkStatsDocument, { bulkId: "BULK-RECORDED-AT-ONCE" });
    expect(bulk.data!.bulk!.messageCount).toBe(6_000);
    expect(bulk.data!.bulk!.byStatus).toEqual([{ status: "PENDING", count: 6_000 }]);
  });
});
