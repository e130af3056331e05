import { describe, expect, it } from "vitest";
import { normaliseValidityPeriod } from "../../src/domain/validityPeriod.js";

describe("normaliseValidityPeriod", () => {
  it("defaults the unit to minutes", () => {
    expect(normaliseValidityPeriod("SMS", 5)).toEqual({ ok: true, ms: 300_000, clamped: false });
  });
  it("accepts exactly 30 seconds and rejects less", () => {
    expect(normaliseValidityPeriod("SMS", 30, "SECONDS")).toMatchObject({ ok: true, ms: 30_000 });
    expect(normaliseValidityPeriod("SMS", 29, "SECONDS")).toMatchObject({
      ok: false,
      reason: "TOO_SHORT",
    });
  });
  it("clamps more than 48 hours to 48 hours, as Infobip documents", () => {
    expect(normaliseValidityPeriod("PUSH", 72, "HOURS")).toEqual({
      ok: true,
      ms: 48 * 3_600_000,
      clamped: true,
    });
  });
  it("keeps exactly 48 hours and clamps 48 hours and one second", () => {
    expect(normaliseValidityPeriod("SMS", 48, "HOURS")).toEqual({
      ok: true,
      ms: 48 * 3_600_000,
      clamped: false,
    });
    expect(normaliseValidityPeriod("SMS", 48 * 3600 + 1, "SECONDS")).toEqual({
      ok: true,
      ms: 48 * 3_600_000,
      clamped: true,
    });
  });
  it("gives Viber 35 s to 14 days and rejects longer", () => {
    expect(normaliseValidityPeriod("VIBER", 34, "SECONDS")).toMatchObject({
      ok: false,
      reason: "TOO_SHORT",
    });
    expect(normaliseValidityPeriod("VIBER", 14 * 24, "HOURS")).toMatchObject({
      ok: true,
      clamped: false,
    });
    expect(normaliseValidityPeriod("VIBER", 14 * 24 + 1, "HOURS")).toMatchObject({
      ok: false,
      reason: "TOO_LONG",
    });
  });
  it("rejects zero, negative and fractional periods", () => {
    for (const period of [0, -1, 1.5]) {
      expect(normaliseValidityPeriod("SMS", period)).toMatchObject({
        ok: false,
        reason: "NOT_POSITIVE_INTEGER",
      });
    }
  });
});
