import { describe, expect, it } from "vitest";
import { smsParts } from "../../src/domain/smsEncoding.js";

describe("smsParts", () => {
  it.each([
    ["", "GSM7", 0, 1],
    ["a".repeat(160), "GSM7", 160, 1],
    ["a".repeat(161), "GSM7", 161, 2],
    ["a".repeat(306), "GSM7", 306, 2],
    ["a".repeat(307), "GSM7", 307, 3],
    ["€".repeat(80), "GSM7", 160, 1],
    ["{".repeat(81), "GSM7", 162, 2],
    ["Ünïcödé? no: ÄÖÑÜäöñüà", "UCS2", 22, 1],
    ["ş".repeat(70), "UCS2", 70, 1],
    ["ş".repeat(71), "UCS2", 71, 2],
    ["ş".repeat(134), "UCS2", 134, 2],
    ["ş".repeat(135), "UCS2", 135, 3],
  ])("counts %j as %s, %i units, %i parts", (text, encoding, units, parts) => {
    expect(smsParts(text)).toEqual({ encoding, units, parts });
  });

  it("matches the SMS preview examples of the OpenAPI document", () => {
    expect(smsParts("Let's see how many characters remain unused in this message.").parts).toBe(1);
  });

  it("counts an emoji as two UCS-2 units", () => {
    expect(smsParts("👍")).toEqual({ encoding: "UCS2", units: 2, parts: 1 });
  });
});
