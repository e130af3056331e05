import { describe, expect, it } from "vitest";
import { checkScenarioFit, sendNotices, type SendToCheck } from "../../src/domain/sendRules.js";

const phone = { phoneNumber: "41793026727" };
const email = { emailAddress: "email@example.com" };
const rules = (violations: { path: string; rule: string }[]) =>
  violations.map((v) => [v.path, v.rule]);

describe("checkScenarioFit", () => {
  it("refuses content no step uses and steps with nothing to send", () => {
    const send: SendToCheck = {
      destinations: [{ to: phone }],
      content: { SMS: { text: "hi" }, VIBER: { text: "hi" }, EMAIL: { validityPeriod: 5 } },
    };
    expect(
      rules(
        checkScenarioFit(send, [{ channel: "SMS" }, { channel: "EMAIL" }, { channel: "VOICE" }]),
      ),
    ).toEqual([
      ["viber", "CHANNEL_NOT_IN_SCENARIO"],
      ["email.text", "CONTENT_REQUIRED"],
      ["voice", "CONTENT_REQUIRED"],
    ]);
  });

  it("lets the common text fill steps, within each step's text limit", () => {
    const send: SendToCheck = {
      destinations: [{ to: phone }],
      content: {},
      commonText: "x".repeat(1001),
    };
    expect(checkScenarioFit(send, [{ channel: "SMS" }])).toEqual([]);
    expect(rules(checkScenarioFit(send, [{ channel: "SMS" }, { channel: "VIBER" }]))).toEqual([
      ["text", "TEXT_TOO_LONG"],
    ]);
  });

  it("accepts an image-only Viber step and a template-only VK step", () => {
    const send: SendToCheck = {
      destinations: [{ to: phone }],
      content: {
        VIBER: { imageURL: "https://x.io/a.png" } as never,
        VKONTAKTE: { templateName: "t" } as never,
      },
    };
    expect(checkScenarioFit(send, [{ channel: "VIBER" }, { channel: "VKONTAKTE" }])).toEqual([]);
  });

  it("refuses a destination no step can reach, by the address it lacks", () => {
    const send: SendToCheck = {
      destinations: [{ to: phone }, { to: email }, { to: { ...phone, ...email } }],
      content: { SMS: { text: "hi" } },
    };
    expect(rules(checkScenarioFit(send, [{ channel: "SMS" }]))).toEqual([
      ["destinations[1].to.phoneNumber", "PHONE_NUMBER_REQUIRED"],
    ]);
  });
});

describe("sendNotices", () => {
  it("reports a clamped validity and steps a destination will skip", () => {
    const send: SendToCheck = {
      destinations: [{ to: email }],
      content: {
        SMS: { text: "hi", validityPeriod: 49, validityPeriodTimeUnit: "HOURS" },
        EMAIL: { text: "hi", validityPeriod: 48, validityPeriodTimeUnit: "HOURS" },
      },
    };
    expect(rules(sendNotices(send, [{ channel: "SMS" }, { channel: "EMAIL" }]))).toEqual([
      ["sms.validityPeriod", "VALIDITY_CLAMPED"],
      ["destinations[0].to.phoneNumber", "STEP_SKIPPED"],
    ]);
  });
});
