import { DEFAULT_TABLE } from "./nationalLanguage.js";

/** Infobip's `transliteration` codes (omni-api.md §2). */
export const TRANSLITERATIONS = [
  "NONE",
  "ALL",
  "BALTIC",
  "CENTRAL_EUROPEAN",
  "COLOMBIAN",
  "CYRILLIC",
  "GREEK",
  "NON_UNICODE",
  "PORTUGUESE",
  "SERBIAN_CYRILLIC",
  "TURKISH",
  "BULGARIAN_CYRILLIC",
] as const;
export type Transliteration = (typeof TRANSLITERATIONS)[number];

export function isTransliteration(value: unknown): value is Transliteration {
  return typeof value === "string" && (TRANSLITERATIONS as readonly string[]).includes(value);
}

/**
 * Greek goes to capitals, because GSM-7 only has the capitals that do not look like Latin ones
 * (Δ Φ Γ Λ Ω Π Ψ Σ Θ Ξ); the look-alikes become Latin letters. This reproduces Infobip's GREEK
 * preview example character for character.
 */
const GREEK_LOOKALIKES: Record<string, string> = {
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "I",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "O",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
};

function greek(char: string): string | undefined {
  if (!/\p{Script=Greek}/u.test(char)) return undefined;
  const capital = stripMarks(char).toUpperCase();
  return GREEK_LOOKALIKES[capital] ?? capital;
}

const RUSSIAN: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};
const SERBIAN: Record<string, string> = {
  ...RUSSIAN,
  ђ: "dj",
  ж: "z",
  ј: "j",
  љ: "lj",
  њ: "nj",
  ћ: "c",
  х: "h",
  ц: "c",
  ч: "c",
  џ: "dz",
  ш: "s",
};
const BULGARIAN: Record<string, string> = { ...RUSSIAN, х: "h", щ: "sht", ъ: "a", ь: "y" };

function cyrillic(table: Record<string, string>): (char: string) => string | undefined {
  return (char) => {
    const lower = char.toLowerCase();
    const latin = table[lower];
    if (latin === undefined) return undefined;
    return char === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  };
}

/** Letters without a decomposition, and punctuation that has a plain GSM-7 twin. */
const FOLD_SPECIAL: Record<string, string> = {
  ı: "i",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ħ: "h",
  Ħ: "H",
  ŀ: "l",
  Ŀ: "L",
  "‘": "'",
  "’": "'",
  "‚": "'",
  "“": '"',
  "”": '"',
  "„": '"',
  "–": "-",
  "—": "-",
  "…": "...",
  "\u00a0": " ",
};

/** Latin letters with diacritics go to their base letter, unless GSM-7 has them as they are. */
function latinFold(alphabet?: string): (char: string) => string | undefined {
  const only = alphabet === undefined ? undefined : new Set(alphabet);
  return (char) => {
    if (DEFAULT_TABLE.basic.has(char) || (only && !only.has(char))) return undefined;
    const folded = FOLD_SPECIAL[char] ?? stripMarks(char);
    return folded !== char && [...folded].every((c) => DEFAULT_TABLE.basic.has(c))
      ? folded
      : undefined;
  };
}

function stripMarks(char: string): string {
  return char.normalize("NFD").replace(/\p{M}/gu, "");
}

type CharMap = (char: string) => string | undefined;

const MAPS: Record<Exclude<Transliteration, "NONE">, CharMap[]> = {
  GREEK: [greek],
  CYRILLIC: [cyrillic(RUSSIAN)],
  SERBIAN_CYRILLIC: [cyrillic(SERBIAN)],
  BULGARIAN_CYRILLIC: [cyrillic(BULGARIAN)],
  TURKISH: [latinFold("çğıİşŞĞ")],
  CENTRAL_EUROPEAN: [latinFold("ąćčďęěĺľłńňőŕřśšťůűźżžĄĆČĎĘĚĹĽŁŃŇŐŔŘŚŠŤŮŰŹŻŽáíóúýâôÁÍÓÚÝÂÔđĐ")],
  BALTIC: [latinFold("āčēģīķļņšūžąęėįųĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲ")],
  PORTUGUESE: [latinFold("ãõâêôáíóúçÃÕÂÊÔÁÍÓÚÀ")],
  COLOMBIAN: [latinFold("áíóúÁÍÓÚ")],
  NON_UNICODE: [latinFold()],
  ALL: [greek, cyrillic(RUSSIAN), latinFold()],
};

/**
 * Replaces characters outside GSM-7 the way the chosen transliteration does, before the text is
 * counted and sent, so that it may fit GSM-7 and cost fewer parts.
 */
export function transliterate(text: string, code: Transliteration | undefined): string {
  if (code === undefined || code === "NONE") return text;
  const maps = MAPS[code];
  let out = "";
  for (const char of text) {
    let replaced: string | undefined;
    for (const map of maps) {
      replaced = map(char);
      if (replaced !== undefined) break;
    }
    out += replaced ?? char;
  }
  return out;
}
