import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ChannelsDocument,
  CreateScenarioDocument,
  PlanSendDocument,
  PreviewSmsDocument,
} from "../gql/graphql.js";
import { SMS_PREVIEW_EXAMPLES } from "../support/smsPreviewExamples.js";
import { startStack, type Stack } from "../support/stack.js";

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());

describe("previewSms", () => {
  it.each(SMS_PREVIEW_EXAMPLES.map((example, i) => [i, example] as const))(
    "agrees with the documented preview example %i, plus the encoding",
    async (_i, { request, response }) => {
      const { data, errors } = await stack.execute(PreviewSmsDocument, request);
      expect(errors).toBeUndefined();
      expect(data!.previewSms).toEqual({
        ...response,
        previews: response.previews.map((entry, index) => ({
          ...entry,
          configuration: {
            languageCode: entry.configuration.language?.languageCode ?? null,
            transliteration: entry.configuration.transliteration ?? null,
          },
          encoding: data!.previewSms.previews[index]!.encoding,
          nationalLanguage: entry.configuration.language?.languageCode ?? null,
        })),
      });
    },
  );

  it("names the encoding: GSM-7, or UCS-2 when a character is outside it", async () => {
    const { data } = await stack.execute(PreviewSmsDocument, { text: "Привет" });
    expect(data!.previewSms.previews[0]).toMatchObject({ encoding: "UCS2", messageCount: 1 });
  });
});

describe("planSend", () => {
  it("times the documented Viber 1 min → SMS 90 s → email 2 h example, and sends nothing", async () => {
    const scenario = await stack.execute(CreateScenarioDocument, {
      input: {
        name: "viber-sms-email",
        flow: [
          { channel: "VIBER", from: "Infobip" },
          { channel: "SMS", from: "InfoSMS" },
          { channel: "EMAIL", from: "sender@example.com" },
        ],
      },
    });
    await stack.resetUpstreamCalls();
    const sendAt = new Date(Date.now() + 86_400_000);
    sendAt.setUTCMilliseconds(0);
    const { data, errors } = await stack.execute(PlanSendDocument, {
      input: {
        scenarioKey: scenario.data!.createScenario.key,
        destinations: [
          { to: { phoneNumber: "41793026727", emailAddress: "email@example.com" } },
          { to: { emailAddress: "other@example.com" } },
        ],
        viber: { text: "Viber message is going first.", validityPeriod: 1 },
        sms: {
          text: "After one minute I'm trying to reach the user on SMS",
          validityPeriod: 90,
          validityPeriodTimeUnit: "SECONDS",
        },
        email: {
          text: "Two and a half minutes (1 minute + 90 seconds) after the initial message I'm trying to reach the user on email for the next two hours.",
          subject: "Hey - turn on your mobile phone!",
          validityPeriod: 2,
          validityPeriodTimeUnit: "HOURS",
        },
        sendAt: sendAt.toISOString(),
      },
    });
    expect(errors).toBeUndefined();
    const at = (ms: number) => new Date(sendAt.getTime() + ms).toISOString();
    const [both, emailOnly] = data!.planSend.destinations;
    expect(both!.steps.map((s) => [s.channel, s.from, s.startsAt, s.givesUpAt])).toEqual([
      ["VIBER", "Infobip", at(0), at(60_000)],
      ["SMS", "InfoSMS", at(60_000), at(150_000)],
      ["EMAIL", "sender@example.com", at(150_000), at(150_000 + 7_200_000)],
    ]);
    expect(both!.steps[1]!.sms).toMatchObject({ encoding: "GSM7", messageCount: 1 });
    expect(both!.givesUpAt).toBe(at(150_000 + 7_200_000));
    expect(emailOnly!.steps.map((s) => s.skipped)).toEqual(["NO_ADDRESS", "NO_ADDRESS", null]);
    expect(emailOnly!.givesUpAt).toBe(at(7_200_000));
    expect(data!.planSend.notices.map((n) => [n.path, n.rule])).toEqual([
      ["input.destinations[1].to.phoneNumber", "STEP_SKIPPED"],
      ["input.destinations[1].to.phoneNumber", "STEP_SKIPPED"],
    ]);
    expect(await stack.upstreamCalls()).toEqual({ "GET /omni/1/scenarios/{scenarioKey}": 1 });
  });

  it("answers an unknown scenario NOT_FOUND, as sendAdvanced would", async () => {
    const { errors } = await stack.execute(PlanSendDocument, {
      input: {
        scenarioKey: "0".repeat(32),
        destinations: [{ to: { phoneNumber: "41793026727" } }],
        sms: { text: "x" },
      },
    });
    expect(errors![0]!.extensions).toMatchObject({ code: "NOT_FOUND", field: "input.scenarioKey" });
  });
});

describe("channels", () => {
  it("lists each channel's documented limits", async () => {
    const { data } = await stack.execute(ChannelsDocument);
    const byChannel = Object.fromEntries(data!.channels.map((c) => [c.channel, c]));
    expect(Object.keys(byChannel)).toHaveLength(8);
    expect(byChannel.VIBER).toMatchObject({
      contentKey: "viber",
      maxTextLength: 1000,
      minValiditySeconds: 35,
      maxValiditySeconds: 14 * 86_400,
      clampsValidity: false,
      needsPhoneNumber: true,
    });
    expect(byChannel.SMS).toMatchObject({ maxTextLength: null, billedPerPart: true });
    expect(byChannel.EMAIL).toMatchObject({ needsEmailAddress: true, needsPhoneNumber: false });
    expect(byChannel.PUSH).toMatchObject({ maxTextLength: 4000, needsPushRegistration: true });
    expect(byChannel.PUSH!.fieldLimits).toEqual([
      { field: "notificationOptions.title", maxLength: 45 },
    ]);
  });
});
