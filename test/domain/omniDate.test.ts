import { describe, expect, it } from "vitest";
import { formatOmniDate, parseOmniDate } from "../../src/domain/omniDate.js";

describe("OMNI dates", () => {
  it("read Infobip's offsets and ISO 8601's as the same instant", () => {
    const instant = Date.UTC(2026, 11, 2, 10, 30, 0, 123);
    for (const written of [
      "2026-12-02T10:30:00.123+0000",
      "2026-12-02T11:30:00.123+0100",
      "2026-12-02T05:30:00.123-0500",
      "2026-12-02T10:30:00.123Z",
      "2026-12-02T11:30:00.123+01:00",
    ]) {
      expect(parseOmniDate(written).getTime(), written).toBe(instant);
    }
  });

  it("round-trip what the gateway writes", () => {
    const date = new Date(Date.UTC(2026, 0, 31, 23, 59, 59, 999));
    expect(formatOmniDate(date)).toBe("2026-01-31T23:59:59.999+0000");
    expect(parseOmniDate(formatOmniDate(date))).toEqual(date);
  });
});
