import { describe, expect, it } from "vitest";
import { checkContent } from "../../src/domain/contentRules.js";
import { checkSend, MAX_CALLBACK_DATA } from "../../src/domain/sendRules.js";

const rules = (violations: { path: string; rule: string }[]) =>
  violations.map((v) => [v.path, v.rule]);

describe("checkContent", () => {
  it.each([
    ["VIBER", "viber", 1000],
    ["FACEBOOK", "facebook", 1000],
    ["PUSH", "push", 4000],
  ] as const)("limits %s text to its documented length", (channel, key, max) => {
    expect(checkContent(channel, { text: "x".repeat(max) })).toEqual([]);
    expect(rules(checkContent(channel, { text: "x".repeat(max + 1) }))).toEqual([
      [`${key}.text`, "TEXT_TOO_LONG"],
    ]);
  });

  it("does not limit SMS text: parts are a cost", () => {
    expect(checkContent("SMS", { text: "x".repeat(10_000) })).toEqual([]);
  });

  it("applies Viber's field limits, URLs included, and wants a button whole", () => {
    const found = checkContent("VIBER", {
      buttonText: "b".repeat(31),
      imageURL: new URL(`https://example.com/${"i".repeat(1000)}`),
      trackingData: "t".repeat(101),
    });
    expect(rules(found)).toEqual([
      ["viber.imageURL", "TOO_LONG"],
      ["viber.buttonText", "TOO_LONG"],
      ["viber.trackingData", "TOO_LONG"],
      ["viber.buttonURL", "REQUIRED_WITH_BUTTON"],
    ]);
    expect(
      checkContent("VIBER", { buttonText: "b".repeat(30), buttonURL: "https://example.com" }),
    ).toEqual([]);
  });

  it("checks push notification options", () => {
    const found = checkContent("PUSH", {
      notificationOptions: {
        title: "t".repeat(46),
        badge: -1,
        mirroredPushExpirationTimeUnit: "HOURS",
        mirroredPushStyle: "BANNER",
        mirroredPushOpenTitle: "Open",
      },
    });
    expect(rules(found)).toEqual([
      ["push.notificationOptions.title", "TOO_LONG"],
      ["push.notificationOptions.badge", "NOT_NEGATIVE"],
      ["push.notificationOptions.mirroredPushExpirationPeriod", "REQUIRED_WITH_UNIT"],
      ["push.notificationOptions.mirroredPushOpenTitle", "MODAL_ONLY"],
    ]);
  });
});

describe("checkSend limits", () => {
  const to = { phoneNumber: "41793026727" };
  const now = new Date("2026-01-01T00:00:00Z");
  it("allows callbackData up to 4000 characters", () => {
    const send = (n: number) =>
      checkSend({ destinations: [{ to }], content: {}, callbackData: "c".repeat(n) }, now);
    expect(send(MAX_CALLBACK_DATA)).toEqual([]);
    expect(rules(send(MAX_CALLBACK_DATA + 1))).toEqual([["callbackData", "TOO_LONG"]]);
  });
});
