import { describe, expect, it } from "vitest";
import { checkSend } from "../../src/domain/sendRules.js";

const now = new Date("2026-01-01T00:00:00Z");
const to = { phoneNumber: "41793026727" };

describe("checkSend", () => {
  it("passes a minimal valid send", () => {
    expect(checkSend({ destinations: [{ to }], content: { SMS: { text: "hi" } } }, now)).toEqual(
      [],
    );
  });
  it("needs at least one destination and one address per destination", () => {
    expect(checkSend({ destinations: [], content: {} }, now).map((v) => v.rule)).toEqual([
      "REQUIRED",
    ]);
    expect(checkSend({ destinations: [{ to: {} }], content: {} }, now)[0]).toMatchObject({
      path: "destinations[0].to",
      rule: "ADDRESS_REQUIRED",
    });
  });
  it("checks MSISDN and e-mail formats", () => {
    const rules = checkSend(
      {
        destinations: [{ to: { phoneNumber: "0041793026727", emailAddress: "nope" } }],
        content: {},
      },
      now,
    ).map((v) => [v.path, v.rule]);
    expect(rules).toEqual([
      ["destinations[0].to.phoneNumber", "MSISDN_FORMAT"],
      ["destinations[0].to.emailAddress", "EMAIL_FORMAT"],
    ]);
  });
  it("wants sendAt in the future and less than 180 days ahead", () => {
    const at = (days: number) => new Date(now.getTime() + days * 86_400_000);
    expect(checkSend({ destinations: [{ to }], content: {}, sendAt: at(-1) }, now)[0]!.rule).toBe(
      "SEND_AT_PAST",
    );
    expect(checkSend({ destinations: [{ to }], content: {}, sendAt: at(179) }, now)).toEqual([]);
    expect(checkSend({ destinations: [{ to }], content: {}, sendAt: at(180) }, now)[0]!.rule).toBe(
      "SEND_AT_TOO_FAR",
    );
  });
  it("names the channel object of a bad validity period by its request key", () => {
    const [violation] = checkSend(
      {
        destinations: [{ to }],
        content: { VKONTAKTE: { validityPeriod: 10, validityPeriodTimeUnit: "SECONDS" } },
      },
      now,
    );
    expect(violation).toMatchObject({
      path: "vKontakte.validityPeriod",
      rule: "VALIDITY_TOO_SHORT",
    });
  });
});
