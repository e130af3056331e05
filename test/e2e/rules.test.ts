import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateScenarioDocument,
  SendAdvancedDocument,
  SendAdvancedWithNoticesDocument,
  SendTextDocument,
  type ScenarioStepInput,
} from "../gql/graphql.js";
import { startStack, type Stack } from "../support/stack.js";
import { upstreamSends } from "../support/upstreamSends.js";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

async function scenario(flow: ScenarioStepInput[]): Promise<string> {
  const { data } = await stack.execute(CreateScenarioDocument, { input: { name: "rules", flow } });
  return data!.createScenario.key;
}

const sends = () => upstreamSends(stack);

describe("rules that need the scenario", () => {
  it("reports unused content, steps without content and unreachable destinations together", async () => {
    const scenarioKey = await scenario([
      { channel: "SMS", from: "InfoSMS" },
      { channel: "VOICE", from: "41793026700" },
    ]);
    await stack.resetUpstreamCalls();
    const { data, errors } = await stack.execute(SendAdvancedDocument, {
      input: {
        scenarioKey,
        destinations: [
          { to: { phoneNumber: "41793026727" } },
          { to: { phoneNumber: "41793026731" } },
          { to: { emailAddress: "only@example.com" } },
        ],
        sms: { text: "hi" },
        viber: { text: "nobody sends me" },
      },
    });
    expect(data).toBeNull();
    expect(errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.viber",
      violations: [
        { path: "input.viber", rule: "CHANNEL_NOT_IN_SCENARIO" },
        { path: "input.voice", rule: "CONTENT_REQUIRED" },
        { path: "input.destinations[2].to.phoneNumber", rule: "PHONE_NUMBER_REQUIRED" },
      ],
    });
    expect(await stack.upstreamCalls()).toEqual({ "GET /omni/1/scenarios/{scenarioKey}": 1 });
  });

  it("checks the simple send's text against every step it will fill", async () => {
    const scenarioKey = await scenario([{ channel: "FACEBOOK" }, { channel: "SMS" }]);
    await stack.resetUpstreamCalls();
    const { errors } = await stack.execute(SendTextDocument, {
      input: {
        scenarioKey,
        destinations: [{ to: { phoneNumber: "41793026727" } }],
        text: "x".repeat(1001),
      },
    });
    expect(errors![0]!.extensions).toMatchObject({
      violations: [{ path: "input.text", rule: "TEXT_TOO_LONG" }],
    });
    expect(await sends()).toBe(0);
  });

  it("lets the common text fill a step that has no content of its own", async () => {
    const scenarioKey = await scenario([{ channel: "VOICE" }, { channel: "SMS" }]);
    const { errors } = await stack.execute(SendAdvancedDocument, {
      input: {
        scenarioKey,
        destinations: [{ to: { phoneNumber: "41793026727" } }],
        text: "for every step",
        sms: { text: "for SMS" },
      },
    });
    expect(errors).toBeUndefined();
  });
});

describe("rules of the request alone", () => {
  it("names every field limit at once and asks nothing upstream", async () => {
    await stack.resetUpstreamCalls();
    const { errors } = await stack.execute(SendAdvancedDocument, {
      input: {
        destinations: [{ to: { phoneNumber: "41793026727" } }],
        viber: { text: "v".repeat(1001), buttonText: "b".repeat(31), buttonURL: "https://x.io" },
        push: { text: "p", notificationOptions: { title: "t".repeat(46), badge: -1 } },
        sms: { text: "x", validityPeriod: 29, validityPeriodTimeUnit: "SECONDS" },
        callbackData: "c".repeat(4001),
      },
    });
    expect(
      (errors![0]!.extensions!.violations as { path: string; rule: string }[]).map((v) => [
        v.path,
        v.rule,
      ]),
    ).toEqual([
      ["input.sms.validityPeriod", "VALIDITY_TOO_SHORT"],
      ["input.viber.text", "TEXT_TOO_LONG"],
      ["input.viber.buttonText", "TOO_LONG"],
      ["input.push.notificationOptions.title", "TOO_LONG"],
      ["input.push.notificationOptions.badge", "NOT_NEGATIVE"],
      ["input.callbackData", "TOO_LONG"],
    ]);
    expect(await stack.upstreamCalls()).toEqual({});
  });

  it("sends a validity above 48 h clamped, and says so", async () => {
    const { data, errors } = await stack.execute(SendAdvancedWithNoticesDocument, {
      input: {
        destinations: [{ to: { phoneNumber: "41793026727" } }],
        sms: { text: "x", validityPeriod: 48 * 3600 + 1, validityPeriodTimeUnit: "SECONDS" },
      },
    });
    expect(errors).toBeUndefined();
    expect(data!.sendAdvanced.notices).toEqual([
      {
        path: "input.sms.validityPeriod",
        rule: "VALIDITY_CLAMPED",
        message: "SMS validity above 48 h is set to 48 h.",
      },
    ]);
  });
});

describe("the documented request bodies", () => {
  const future = () => new Date(Date.now() + 3_600_000).toISOString();
  const examples: [string, ScenarioStepInput[], Record<string, unknown>][] = [
    [
      "send-advanced-message: every channel, Turkish SMS",
      ["SMS", "VIBER", "VOICE", "FACEBOOK", "EMAIL"].map(
        (channel) => ({ channel }) as ScenarioStepInput,
      ),
      {
        bulkId: "BULK-ID-123-xyz",
        destinations: [
          {
            messageId: "MESSAGE-ID-123-xyz",
            to: { phoneNumber: "41793026727", emailAddress: "email@example.com" },
          },
          { to: { phoneNumber: "41793026731" } },
        ],
        sms: {
          text: "Artık Ulusal Dil Tanımlayıcısı ile Türkçe karakterli smslerinizi rahatlıkla iletebilirsiniz.",
          language: { languageCode: "TR" },
          transliteration: "TURKISH",
        },
        viber: { text: "Or to have fun with Viber text." },
        voice: { text: "Or make a call and read this text" },
        facebook: { text: "Receive a message in Facebook Messenger." },
        email: { text: "Finally, send an email.", subject: "Email subject" },
      },
    ],
    [
      "send-advanced-message: scheduled with validity periods (sendAt moved to the future)",
      [{ channel: "VIBER" }, { channel: "SMS" }, { channel: "EMAIL" }],
      {
        destinations: [{ to: { phoneNumber: "41793026727", emailAddress: "email@example.com" } }],
        viber: { text: "Viber message is going first.", validityPeriod: 1 },
        sms: {
          text: "After one minute I'm trying to reach the user on SMS",
          validityPeriod: 90,
          validityPeriodTimeUnit: "SECONDS",
        },
        email: {
          text: "Two and a half minutes…",
          subject: "Hey - turn on your mobile phone!",
          validityPeriod: 2,
          validityPeriodTimeUnit: "HOURS",
        },
        sendAt: future(),
      },
    ],
    [
      "push-sms-example: notification options",
      [
        {
          channel: "PUSH",
          from: "233623e3c860b49ec69a464834343481-8bj4el4a-256d-23fd-56ad-b5bc3d568b53",
        },
        { channel: "SMS" },
      ],
      {
        destinations: [{ to: { phoneNumber: "41793026727" } }],
        push: {
          text: "This PUSH message will pop up on your mobile device.",
          customPayload: {
            contentUrl: "https://someurl.com/content",
            deepLink: "myApp://some/link",
          },
          notificationOptions: {
            vibrationEnabled: true,
            soundEnabled: true,
            soundName: "sound.wav",
            badge: 1,
            contentUrl: "http://www.mydomain.com/images/image1.jpg",
            category: "mm_accept_decline",
            inAppStyle: "MODAL",
            title: "This is some title",
          },
          targetOnlyPrimaryDevices: true,
          includeNotificationsDisabledDevices: true,
        },
        sms: { text: "This is the SMS failover message" },
      },
    ],
    [
      "mobile-push-api: mirrored push options",
      [{ channel: "PUSH" }],
      {
        destinations: [{ to: { phoneNumber: "41793026727" } }],
        push: {
          text: "Some text",
          notificationOptions: {
            isSilent: false,
            showMirroredPush: false,
            mirroredPushStyle: "MODAL",
            mirroredPushExpirationPeriod: 1,
            mirroredPushExpirationTimeUnit: "HOURS",
            mirroredPushDismissTitle: "Dismiss Title",
            mirroredPushOpenTitle: "Open Title",
            onTapButtonAction: { resource: "resource", type: "WEB_VIEW_URL" },
            inboxTopic: "Inbox Topic",
            webViewUrl: "https://example.com/page",
          },
        },
      },
    ],
    [
      "vk-sms-example",
      [{ channel: "VKONTAKTE" }, { channel: "SMS" }],
      {
        destinations: [{ to: { phoneNumber: "41793026727" } }],
        vKontakte: { text: "This is VK message." },
        sms: { text: "This is the SMS failover message" },
      },
    ],
  ];

  it.each(examples)("accepts %s", async (_name, flow, body) => {
    const scenarioKey = await scenario(flow);
    const before = await sends();
    const { errors } = await stack.execute(SendAdvancedDocument, {
      input: { scenarioKey, ...body } as never,
    });
    expect(errors).toBeUndefined();
    expect(await sends()).toBe(before + 1);
  });
});
