import { describe, expect, it } from "vitest";
import { smsParts } from "../../src/domain/smsEncoding.js";

describe("smsParts", () => {
  it.each([
    ["", "GSM7", 0, 1, 160],
    ["a".repeat(160), "GSM7", 160, 1, 0],
    ["a".repeat(161), "GSM7", 161, 2, 145],
    ["a".repeat(306), "GSM7", 306, 2, 0],
    ["a".repeat(307), "GSM7", 307, 3, 152],
    ["€", "GSM7", 2, 1, 158],
    ["€".repeat(80), "GSM7", 160, 1, 0],
    ["a".repeat(159) + "€", "GSM7", 161, 2, 145],
    ["{".repeat(81), "GSM7", 162, 2, 144],
    ["Ünïcödé? no: ÄÖÑÜäöñüà", "UCS2", 22, 1, 48],
    ["ş".repeat(70), "UCS2", 70, 1, 0],
    ["ş".repeat(71), "UCS2", 71, 2, 63],
    ["ş".repeat(134), "UCS2", 134, 2, 0],
    ["ş".repeat(135), "UCS2", 135, 3, 66],
  ])("counts %j as %s, %i units, %i parts, %i remaining", (text, encoding, units, parts, left) => {
    expect(smsParts(text)).toMatchObject({ encoding, units, parts, charactersRemaining: left });
  });

  it("counts an emoji as two UCS-2 units", () => {
    expect(smsParts("👍")).toMatchObject({ encoding: "UCS2", units: 2, parts: 1 });
  });

  it("fits 155 characters in one part with the Turkish table, 149 per part beyond", () => {
    expect(smsParts("ş".repeat(155), { languageCode: "TR" })).toMatchObject({
      encoding: "GSM7",
      nationalLanguage: "TR",
      parts: 1,
      charactersRemaining: 0,
    });
    expect(smsParts("ş".repeat(156), { languageCode: "TR" })).toMatchObject({
      parts: 2,
      charactersRemaining: 2 * 149 - 156,
    });
  });

  it("keeps the default alphabet, and its 160, when the text needs no national table", () => {
    const parts = smsParts("a".repeat(160), { languageCode: "TR" });
    expect(parts.parts).toBe(1);
    expect(parts.nationalLanguage).toBeUndefined();
  });

  it("counts Spanish single-shift letters as two septets", () => {
    expect(smsParts("á", { languageCode: "ES" })).toMatchObject({
      encoding: "GSM7",
      units: 2,
      nationalLanguage: "ES",
    });
    expect(smsParts("á")).toMatchObject({ encoding: "UCS2" });
  });

  it("lets AUTODETECT pick the table that carries the text", () => {
    expect(smsParts("ğ".repeat(100), { languageCode: "AUTODETECT" })).toMatchObject({
      nationalLanguage: "TR",
      parts: 1,
    });
  });

  it("transliterates before counting", () => {
    const parts = smsParts("ş".repeat(100), { transliteration: "TURKISH" });
    expect(parts).toMatchObject({ encoding: "GSM7", parts: 1, sentText: "s".repeat(100) });
  });
});
