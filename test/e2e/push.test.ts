import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateScenarioDocument,
  MessageTimelineDocument,
  PushBulkDocument,
  PushStatisticsDocument,
  SendAdvancedDocument,
  SendPushDocument,
  type PushDestinationInput,
  type SendPushInput,
} from "../gql/graphql.js";
import { APP, PUSH_DEVICES } from "../support/pushDevices.js";
import { startStack, type Stack } from "../support/stack.js";

const HOUR = 3_600_000;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ seed: { devices: PUSH_DEVICES } });
});
afterAll(() => stack.close());

const sendPush = async (
  destinations: PushDestinationInput[],
  extra: Partial<SendPushInput> = {},
) => {
  const sent = await stack.execute(SendPushDocument, {
    input: { applicationCode: APP, destinations, text: "Your order shipped", ...extra },
  });
  expect(sent.errors).toBeUndefined();
  return sent.data!.sendPush;
};
const registrations = async (destinations: PushDestinationInput[]) =>
  (await sendPush(destinations)).messages.map((m) => m.to).sort();

describe("mobile-push-api.md's targeting examples, through sendPush", () => {
  it("REGISTRATION reaches that one installation, linked to a person or not", async () => {
    expect(await registrations([{ pushRegistrationId: "REG-ANON-IPHONE" }])).toEqual([
      "REG-ANON-IPHONE",
    ]);
  });

  it("a person's every device gets it, unless targetOnlyPrimaryDevices", async () => {
    expect(await registrations([{ externalUserId: "customer_21234" }])).toEqual([
      "REG-ALICE-IPAD",
      "REG-ALICE-IPHONE",
    ]);
    expect(
      await registrations([{ externalUserId: "customer_21234", targetOnlyPrimaryDevices: true }]),
    ).toEqual(["REG-ALICE-IPHONE"]);
    expect(await registrations([{ phoneNumber: "441134960001" }])).toEqual([
      "REG-ALICE-ANDROID",
      "REG-ALICE-IPAD",
      "REG-ALICE-IPHONE",
    ]);
    expect(await registrations([{ email: "alice@example.com" }])).toEqual(["REG-ALICE-IPHONE"]);
  });

  it("$and over two externalUserIds targets both people", async () => {
    expect(
      await registrations([
        {
          segment: {
            and: [{ externalUserId: "customer_21234" }, { externalUserId: "customer_21235" }],
          },
        },
      ]),
    ).toEqual(["REG-ALICE-IPAD", "REG-ALICE-IPHONE", "REG-BOB-PIXEL"]);
  });

  it("$or platform iOS targets all iOS devices of the application", async () => {
    expect(await registrations([{ segment: { or: [{ platform: "IOS" }] } }])).toEqual([
      "REG-ALICE-IPAD",
      "REG-ALICE-IPHONE",
      "REG-ANON-IPHONE",
      "REG-CAROL-IPHONE",
      "REG-DAVE-IPHONE",
    ]);
  });

  it("Example 1: all iOS devices of one phone number", async () => {
    expect(
      await registrations([
        { segment: { and: [{ platform: "IOS" }, { phoneNumber: "441134960001" }] } },
      ]),
    ).toEqual(["REG-ALICE-IPAD", "REG-ALICE-IPHONE"]);
  });

  it("Example 2: iOS devices whose custom DeviceType is personal or business", async () => {
    expect(
      await registrations([
        {
          segment: {
            and: [{ platform: "IOS" }, { custom: { name: "DeviceType", value: "personal" } }],
            or: [{ custom: { name: "DeviceType", value: "business" } }],
          },
        },
      ]),
    ).toEqual(["REG-ALICE-IPAD", "REG-ALICE-IPHONE", "REG-ANON-IPHONE", "REG-DAVE-IPHONE"]);
  });
});

describe("sendPush input", () => {
  it("refuses an ambiguous or empty destination and a condition naming two attributes", async () => {
    await stack.resetUpstreamCalls();
    const sent = await stack.execute(SendPushDocument, {
      input: {
        applicationCode: APP,
        text: "x",
        destinations: [
          { phoneNumber: "441134960001" },
          { externalUserId: "customer_21234", phoneNumber: "441134960001" },
          {},
          { segment: { and: [{ platform: "IOS", deviceSecure: true }], or: [] } },
          { segment: { or: [{ custom: { name: "platform", value: "iOS" } }] } },
        ],
      },
    });
    expect(sent.data).toBeNull();
    const error = sent.errors![0]!;
    expect(error.extensions!.code).toBe("BAD_USER_INPUT");
    expect(error.extensions!.field).toBe("input.destinations[1]");
    expect(
      (error.extensions!.violations as { path: string; rule: string }[]).map((v) => [
        v.path,
        v.rule,
      ]),
    ).toEqual([
      ["input.destinations[1]", "EXACTLY_ONE_TARGET"],
      ["input.destinations[2]", "EXACTLY_ONE_TARGET"],
      ["input.destinations[3].segment.and[0]", "EXACTLY_ONE_ATTRIBUTE"],
      ["input.destinations[3].segment", "SEGMENT_EMPTY"],
      ["input.destinations[4].segment.or[0].custom.name", "STANDARD_ATTRIBUTE"],
    ]);
    expect(await stack.upstreamCalls()).not.toHaveProperty(["POST /push/3/messages"]);
  });
});

describe("a push bulk's statistics and messages", () => {
  it("add up, and agree with the bulk's own delivery reports", async () => {
    const sent = await sendPush(
      [{ segment: { or: [{ platform: "IOS" }, { externalUserId: "customer_21238" }] } }],
      {
        notificationOptions: {
          title: "Shipped",
          showMirroredPush: true,
          mirroredPushStyle: "MODAL",
        },
      },
    );
    expect(sent.messages).toHaveLength(6);
    await stack.advanceClock(49 * HOUR);

    const bulk = await stack.execute(PushBulkDocument, { bulkId: sent.bulkId });
    expect(bulk.errors).toBeUndefined();
    const { statistics, messages } = bulk.data!.pushBulk;
    expect(statistics).toMatchObject({
      totalSent: 6,
      delivered: 3,
      seen: 2,
      errors: { registration: 1, expired: 1, cloud: 1 },
      delivery: { rate: 50 },
    });
    const count = (predicate: (m: (typeof messages)[number]) => boolean) =>
      messages.filter(predicate).length;
    expect(messages.map((m) => m.messageId).sort()).toEqual(
      sent.messages.map((m) => m.messageId).sort(),
    );
    expect(statistics.totalSent).toBe(messages.length);
    expect(statistics.delivered).toBe(count((m) => m.status.groupName === "DELIVERED"));
    expect(statistics.errors.expired).toBe(count((m) => m.status.groupName === "EXPIRED"));
    expect(statistics.errors.registration).toBe(count((m) => m.error?.id === 8001));
    expect(statistics.errors.cloud).toBe(count((m) => m.error?.id === 8005));
    const { errors } = statistics;
    expect(
      statistics.delivered + errors.registration + errors.expired + errors.cloud,
    ).toBeLessThanOrEqual(statistics.totalSent);
    expect(statistics.seen).toBeLessThanOrEqual(statistics.delivered);
    expect(statistics.delivery.rate).toBe(
      Math.round((statistics.delivered / statistics.totalSent) * 10_000) / 100,
    );

    const again = await stack.execute(PushStatisticsDocument, { bulkId: sent.bulkId });
    expect(again.data!.pushStatistics).toEqual({
      ...statistics,
      delivery: { rate: statistics.delivery.rate },
    });
  });
});

describe("PUSH→SMS (push-sms-example.md) against the devices of the phone number", () => {
  let scenarioKey: string;
  beforeAll(async () => {
    const created = await stack.execute(CreateScenarioDocument, {
      input: {
        name: "My PUSH-SMS scenario",
        flow: [
          { from: APP, channel: "PUSH" },
          { from: "InfoSMS", channel: "SMS" },
        ],
      },
    });
    scenarioKey = created.data!.createScenario.key;
  });

  const play = async (phoneNumber: string, push: Record<string, unknown> = {}) => {
    const sent = await stack.execute(SendAdvancedDocument, {
      input: {
        scenarioKey,
        destinations: [{ to: { phoneNumber } }],
        push: { text: "This PUSH message will pop up on your mobile device.", ...push },
        sms: { text: "This is the SMS failover message" },
      },
    });
    expect(sent.errors).toBeUndefined();
    // Every play here ends within minutes; later than 48 h OMNI's logs and reports would be gone.
    await stack.advanceClock(HOUR);
    const timeline = await stack.execute(MessageTimelineDocument, {
      messageId: sent.data!.sendAdvanced.messages[0]!.messageId,
    });
    return timeline.data!.message!.attempts.map((a) => `${a.channel}:${a.status.groupName}`);
  };

  it("stays on PUSH when an eligible device shows it", async () => {
    expect(await play("441134960002")).toEqual(["PUSH:DELIVERED"]);
    expect(await play("441134960004")).toEqual(["PUSH:DELIVERED"]);
  });

  it("falls over to SMS at once when the number has no device", async () => {
    expect(await play("41793026800")).toEqual(["PUSH:UNDELIVERABLE", "SMS:DELIVERED"]);
  });

  it("falls over when targetOnlyPrimaryDevices leaves no device", async () => {
    expect(await play("441134960004", { targetOnlyPrimaryDevices: true })).toEqual([
      "PUSH:UNDELIVERABLE",
      "SMS:DELIVERED",
    ]);
  });

  it("leaves notifications-disabled devices out unless asked to include them", async () => {
    expect(await play("441134960003")).toEqual(["PUSH:UNDELIVERABLE", "SMS:DELIVERED"]);
    expect(
      await play("441134960003", { includeNotificationsDisabledDevices: true, validityPeriod: 5 }),
    ).toEqual(["PUSH:EXPIRED", "SMS:DELIVERED"]);
  });
});
