import { describe, expect, it } from "vitest";
import {
  chargesFor,
  neverFits,
  QUOTA_WINDOWS,
  secondsUntilReset,
  usageOf,
  WINDOW_SECONDS,
  windowEnd,
  windowStart,
} from "../../src/domain/quota.js";

const at = (iso: string) => new Date(iso);

describe("quota windows", () => {
  it("start on the second, the minute and midnight UTC", () => {
    const t = at("2026-03-04T05:06:07.890Z");
    expect(windowStart("sendRequestsPerSecond", t)).toEqual(at("2026-03-04T05:06:07.000Z"));
    expect(windowStart("messagesPerMinute", t)).toEqual(at("2026-03-04T05:06:00.000Z"));
    expect(windowStart("messagesPerDay", t)).toEqual(at("2026-03-04T00:00:00.000Z"));
    expect(windowEnd("messagesPerDay", t)).toEqual(at("2026-03-05T00:00:00.000Z"));
  });

  it("put an instant on a boundary in the window it opens", () => {
    const t = at("2026-03-04T05:07:00.000Z");
    expect(windowStart("messagesPerMinute", t)).toEqual(t);
    expect(secondsUntilReset("messagesPerMinute", t)).toBe(60);
  });

  it("round the wait up to whole seconds, never below 1", () => {
    expect(secondsUntilReset("messagesPerMinute", at("2026-03-04T05:06:59.999Z"))).toBe(1);
    expect(secondsUntilReset("messagesPerMinute", at("2026-03-04T05:06:07.001Z"))).toBe(53);
    expect(secondsUntilReset("sendRequestsPerSecond", at("2026-03-04T05:06:07.500Z"))).toBe(1);
    expect(secondsUntilReset("messagesPerDay", at("2026-03-04T23:59:00.000Z"))).toBe(60);
  });

  it("are ordered longest first, the lock order", () => {
    const lengths = QUOTA_WINDOWS.map((w) => WINDOW_SECONDS[w]);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });
});

describe("chargesFor", () => {
  it("counts destinations in message windows and one per send in the request window", () => {
    expect(
      chargesFor({ sendRequestsPerSecond: 5, messagesPerMinute: 50, messagesPerDay: 1000 }, 3),
    ).toEqual([
      { window: "messagesPerDay", limit: 1000, amount: 3 },
      { window: "messagesPerMinute", limit: 50, amount: 3 },
      { window: "sendRequestsPerSecond", limit: 5, amount: 1 },
    ]);
  });

  it("charges only configured windows", () => {
    expect(chargesFor({ messagesPerMinute: 50 }, 2)).toEqual([
      { window: "messagesPerMinute", limit: 50, amount: 2 },
    ]);
    expect(chargesFor({}, 2)).toEqual([]);
  });

  it("rejects limits and counts that are not whole numbers", () => {
    expect(() => chargesFor({ messagesPerMinute: 1.5 }, 1)).toThrow(RangeError);
    expect(() => chargesFor({ messagesPerDay: -1 }, 1)).toThrow(RangeError);
    expect(() => chargesFor({ messagesPerDay: 10 }, -1)).toThrow(RangeError);
    expect(() => chargesFor({ messagesPerDay: 10 }, Number.NaN)).toThrow(RangeError);
  });

  it("finds a send larger than a whole limit, which no wait would let through", () => {
    expect(neverFits(chargesFor({ messagesPerMinute: 50, messagesPerDay: 100 }, 51))).toEqual({
      window: "messagesPerMinute",
      limit: 50,
      amount: 51,
    });
    expect(neverFits(chargesFor({ messagesPerMinute: 50 }, 50))).toBeUndefined();
    expect(neverFits(chargesFor({ sendRequestsPerSecond: 0 }, 1))?.window).toBe(
      "sendRequestsPerSecond",
    );
  });
});

describe("usageOf", () => {
  it("reports what is left and when the window resets", () => {
    const t = at("2026-03-04T05:06:07.890Z");
    expect(usageOf("messagesPerMinute", 50, 20, t)).toEqual({
      window: "messagesPerMinute",
      limit: 50,
      used: 20,
      remaining: 30,
      resetsAt: at("2026-03-04T05:07:00.000Z"),
    });
  });

  it("never reports less than nothing left after a limit was lowered", () => {
    expect(usageOf("messagesPerDay", 10, 25, new Date()).remaining).toBe(0);
  });
});
