/**
 * GSM 03.38 character tables (3GPP TS 23.038): the default alphabet, its extension table, and the
 * national language tables Infobip selects with `language.languageCode`. A character of a
 * "locking" table costs one septet; one of a "single shift" table costs two (escape + code).
 */
const DEFAULT_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡" +
  "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const DEFAULT_EXTENSION = "^{}\\[]~|€\f";

/** The Turkish locking table swaps eight rarely used default characters for Turkish letters. */
const TURKISH_BASIC = [...DEFAULT_BASIC]
  .map(
    (char) =>
      ({ è: "€", ì: "ı", Ø: "Ğ", ø: "ğ", Æ: "Ş", æ: "ş", "¡": "İ", "¿": "ç" })[char] ?? char,
  )
  .join("");

export const NATIONAL_LANGUAGES = ["TR", "ES", "PT"] as const;
export type NationalLanguage = (typeof NATIONAL_LANGUAGES)[number];

export interface GsmTable {
  /** Characters that cost one septet. */
  basic: ReadonlySet<string>;
  /** Characters that cost two septets. */
  extension: ReadonlySet<string>;
}

export const DEFAULT_TABLE: GsmTable = {
  basic: new Set(DEFAULT_BASIC),
  extension: new Set(DEFAULT_EXTENSION),
};

/**
 * Infobip's documented arithmetic (98 Turkish characters fit one part with 57 to spare) needs the
 * Turkish *locking* table, so TR uses it; Spanish has no locking table in the standard, and for
 * Portuguese the single-shift table alone is used, so that one national header is ever needed.
 */
export const NATIONAL_TABLES: Record<NationalLanguage, GsmTable> = {
  TR: { basic: new Set(TURKISH_BASIC), extension: new Set(`${DEFAULT_EXTENSION}ĞİŞçğış`) },
  ES: { basic: DEFAULT_TABLE.basic, extension: new Set(`${DEFAULT_EXTENSION}çÁÍÓÚáíóú`) },
  PT: {
    basic: DEFAULT_TABLE.basic,
    extension: new Set(`${DEFAULT_EXTENSION}êçÔôÁáΦΓΩΠΨΣΘÊÀÍÓÚÃÕÂíóúãõâ`),
  },
};

/** Septets `text` takes in `table`, or undefined when a character is not in it. */
export function septets(text: string, table: GsmTable): number | undefined {
  let units = 0;
  for (const char of text) {
    if (table.basic.has(char)) units += 1;
    else if (table.extension.has(char)) units += 2;
    else return undefined;
  }
  return units;
}

export function isNationalLanguage(value: unknown): value is NationalLanguage {
  return typeof value === "string" && (NATIONAL_LANGUAGES as readonly string[]).includes(value);
}
