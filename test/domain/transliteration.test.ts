import { describe, expect, it } from "vitest";
import { transliterate } from "../../src/domain/transliteration.js";

describe("transliterate", () => {
  it("writes Greek in the GSM-7 capitals and Latin look-alikes", () => {
    expect(transliterate("Ως π.Χ. ψήφισμα", "GREEK")).toBe("ΩΣ Π.X. ΨHΦIΣMA");
  });

  it("romanises Russian, Serbian and Bulgarian Cyrillic by their own rules", () => {
    expect(transliterate("Щука", "CYRILLIC")).toBe("Shchuka");
    expect(transliterate("Щука", "BULGARIAN_CYRILLIC")).toBe("Shtuka");
    expect(transliterate("Ђорђе", "SERBIAN_CYRILLIC")).toBe("Djordje");
  });

  it("folds only the letters of its own alphabet", () => {
    expect(transliterate("Türkçe ığ ś", "TURKISH")).toBe("Türkce ig ś");
    expect(transliterate("łódź", "CENTRAL_EUROPEAN")).toBe("lodz");
    expect(transliterate("ā ķ", "BALTIC")).toBe("a k");
    expect(transliterate("ação", "PORTUGUESE")).toBe("acao");
    expect(transliterate("canción ñ", "COLOMBIAN")).toBe("cancion ñ");
  });

  it("keeps letters GSM-7 already has", () => {
    expect(transliterate("é à ö ñ", "NON_UNICODE")).toBe("é à ö ñ");
    expect(transliterate("“quote” – ok…", "NON_UNICODE")).toBe('"quote" - ok...');
  });

  it("combines every table with ALL, and leaves text alone with NONE", () => {
    expect(transliterate("Да ναι łza", "ALL")).toBe("Da NAI lza");
    expect(transliterate("Да", "NONE")).toBe("Да");
  });

  it("leaves what it cannot map, lone surrogates included", () => {
    expect(transliterate("😀\ud800", "ALL")).toBe("😀\ud800");
  });
});
