import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateScenarioDocument,
  MessageTimelineDocument,
  ReportsDocument,
  SendAdvancedDocument,
} from "../gql/graphql.js";
import { startStack, type Stack } from "../support/stack.js";

const PUSH_APP_CODE = "233623e3c860b49ec69a464834343481-8bj4el4a-256d-23fd-56ad-b5bc3d568b53";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

describe("the three documented steps through GraphQL", () => {
  it("PUSH→SMS (push-sms-example.md): push cannot reach the number, SMS delivers", async () => {
    // The seed gives this number no push device, so PUSH cannot reach it.
    const phoneNumber = "41793026800";

    const created = await stack.execute(CreateScenarioDocument, {
      input: {
        name: "My PUSH-SMS scenario",
        flow: [
          { from: PUSH_APP_CODE, channel: "PUSH" },
          { from: "InfoSMS", channel: "SMS" },
        ],
        isDefault: true,
      },
    });
    expect(created.errors).toBeUndefined();
    const scenario = created.data!.createScenario;
    expect(scenario.key).toMatch(/^[0-9A-F]{32}$/);
    expect(scenario.isDefault).toBe(true);

    const sent = await stack.execute(SendAdvancedDocument, {
      input: {
        scenarioKey: scenario.key,
        destinations: [{ to: { phoneNumber } }],
        push: {
          text: "This PUSH message will pop up on your mobile device.",
          customPayload: {
            contentUrl: "https://someurl.com/content",
            deepLink: "myApp://some/link",
          },
        },
        sms: { text: "This is the SMS failover message" },
      },
    });
    expect(sent.errors).toBeUndefined();
    const [message] = sent.data!.sendAdvanced.messages;
    expect(sent.data!.sendAdvanced.bulkId).toBeNull();
    expect(message!.status).toEqual({ groupName: "PENDING", name: "PENDING_ENROUTE" });

    await stack.advanceClock(60_000);

    const reports = await stack.execute(ReportsDocument, {
      filter: { messageIds: [message!.messageId] },
    });
    expect(reports.errors).toBeUndefined();
    const byChannel = Object.fromEntries(reports.data!.reports.map((r) => [r.channel, r]));
    expect(byChannel.PUSH!.status.groupName).toBe("UNDELIVERABLE");
    expect(byChannel.SMS!.status).toEqual({ groupName: "DELIVERED", name: "DELIVERED_TO_HANDSET" });
    expect(byChannel.SMS!.error).toEqual({ groupName: "OK", name: "NO_ERROR", permanent: false });
    expect(byChannel.SMS!.price!.currency).toBe("EUR");
    expect(byChannel.SMS!.price!.pricePerMessage).toBeGreaterThan(0);

    // Upstream reports are fetch-once; the gateway's answer must not change when asked again.
    const again = await stack.execute(ReportsDocument, {
      filter: { messageIds: [message!.messageId] },
    });
    expect(again.data).toEqual(reports.data);

    const timeline = await stack.execute(MessageTimelineDocument, {
      messageId: message!.messageId,
    });
    expect(timeline.errors).toBeUndefined();
    const m = timeline.data!.message!;
    expect(m.attempts.map((a) => [a.channel, a.status.groupName])).toEqual([
      ["PUSH", "UNDELIVERABLE"],
      ["SMS", "DELIVERED"],
    ]);
    expect(m.status).toEqual({ groupName: "DELIVERED", name: "DELIVERED_TO_HANDSET" });
    expect(m.channel).toBe("SMS");
    expect(m.report!.channel).toBe("SMS");
  });

  it("VK→SMS (vk-sms-example.md): VK waits out its validity period, then SMS delivers", async () => {
    const phoneNumber = "41793026801";
    await stack.putContact(phoneNumber, { VKONTAKTE: "OFFLINE" });
    const created = await stack.execute(CreateScenarioDocument, {
      input: {
        name: "My VK-SMS scenario",
        flow: [{ channel: "VKONTAKTE" }, { from: "InfoSMS", channel: "SMS" }],
        isDefault: true,
      },
    });
    const key = created.data!.createScenario.key;

    const sent = await stack.execute(SendAdvancedDocument, {
      input: {
        scenarioKey: key,
        destinations: [{ to: { phoneNumber } }],
        vKontakte: {
          text: "This is VK message.",
          validityPeriod: 6,
          validityPeriodTimeUnit: "HOURS",
        },
        sms: { text: "This is the SMS failover message" },
      },
    });
    const messageId = sent.data!.sendAdvanced.messages[0]!.messageId;

    await stack.advanceClock(5 * 3_600_000);
    const waiting = await stack.execute(MessageTimelineDocument, { messageId });
    expect(waiting.data!.message!.attempts.map((a) => [a.channel, a.status.groupName])).toEqual([
      ["VKONTAKTE", "PENDING"],
    ]);
    expect(waiting.data!.message!.report).toBeNull();

    await stack.advanceClock(3_600_000 + 60_000);
    const done = await stack.execute(MessageTimelineDocument, { messageId });
    const m = done.data!.message!;
    expect(m.attempts.map((a) => [a.channel, a.status.groupName])).toEqual([
      ["VKONTAKTE", "EXPIRED"],
      ["SMS", "DELIVERED"],
    ]);
    expect(m.attempts[0]!.error).toMatchObject({ name: "EC_VALIDITY_EXPIRED", permanent: true });
    expect(m.report).toMatchObject({ channel: "SMS", status: { groupName: "DELIVERED" } });
  });
});
