import { describe, expect, it } from "vitest";
import { planSend } from "../../src/domain/sendPlan.js";

const sendAt = new Date("2026-04-26T09:52:15.000Z");

describe("planSend", () => {
  it("times the documented Viber 1 min → SMS 90 s → email 2 h example", () => {
    const [plan] = planSend(
      {
        destinations: [{ to: { phoneNumber: "41793026727", emailAddress: "email@example.com" } }],
        content: {
          VIBER: { text: "Viber message is going first.", validityPeriod: 1 },
          SMS: {
            text: "After one minute I'm trying to reach the user on SMS",
            validityPeriod: 90,
            validityPeriodTimeUnit: "SECONDS",
          },
          EMAIL: {
            text: "Two and a half minutes…",
            validityPeriod: 2,
            validityPeriodTimeUnit: "HOURS",
          },
        },
        sendAt,
      },
      [{ channel: "VIBER" }, { channel: "SMS", from: "InfoSMS" }, { channel: "EMAIL" }],
      new Date("2026-01-01T00:00:00Z"),
    );
    const at = (ms: number) => new Date(sendAt.getTime() + ms);
    expect(plan!.steps.map((s) => [s.channel, s.startsAt, s.givesUpAt])).toEqual([
      ["VIBER", at(0), at(60_000)],
      ["SMS", at(60_000), at(150_000)],
      ["EMAIL", at(150_000), at(150_000 + 2 * 3_600_000)],
    ]);
    expect(plan!.givesUpAt).toEqual(at(150_000 + 2 * 3_600_000));
    expect(plan!.steps[1]).toMatchObject({ from: "InfoSMS", sms: { encoding: "GSM7", parts: 1 } });
  });

  it("counts from now, applies default and clamped validities, and skips unaddressable steps", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    const [plan] = planSend(
      {
        destinations: [{ to: { emailAddress: "email@example.com" } }],
        content: {
          SMS: { text: "ş" },
          EMAIL: { text: "x", validityPeriod: 50, validityPeriodTimeUnit: "HOURS" },
        },
      },
      [{ channel: "SMS" }, { channel: "EMAIL" }],
      now,
    );
    expect(plan!.steps[0]).toMatchObject({ skipped: "NO_ADDRESS", startsAt: now, givesUpAt: now });
    expect(plan!.steps[0]!.sms).toMatchObject({ encoding: "UCS2" });
    expect(plan!.steps[1]).toMatchObject({
      validityMs: 48 * 3_600_000,
      address: "email@example.com",
    });
    expect(plan!.givesUpAt).toEqual(new Date(now.getTime() + 48 * 3_600_000));
  });
});
