import {
  DEFAULT_TABLE,
  NATIONAL_LANGUAGES,
  NATIONAL_TABLES,
  septets,
  type NationalLanguage,
} from "./nationalLanguage.js";
import { transliterate, type Transliteration } from "./transliteration.js";

/**
 * SMS part count. GSM 03.38 text fits 160 characters in one part and 153 per part when
 * concatenated (the UDH takes 7); anything outside it goes UCS-2 at 70 / 67. Extension-table
 * characters cost two GSM-7 units because they travel behind an escape. A national language table
 * adds its own 3-byte header element: 155 single (as Infobip's Turkish example shows) and 149
 * concatenated (9 header bytes round up to 11 septets).
 */
export type SmsEncoding = "GSM7" | "UCS2";

export const SMS_LANGUAGE_CODES = ["NONE", ...NATIONAL_LANGUAGES, "AUTODETECT"] as const;
export type SmsLanguageCode = (typeof SMS_LANGUAGE_CODES)[number];

export function isSmsLanguageCode(value: unknown): value is SmsLanguageCode {
  return typeof value === "string" && (SMS_LANGUAGE_CODES as readonly string[]).includes(value);
}

export interface SmsOptions {
  languageCode?: SmsLanguageCode;
  transliteration?: Transliteration;
}

export interface SmsParts {
  encoding: SmsEncoding;
  /** Length in the encoding's units: GSM-7 septets or UTF-16 code units. */
  units: number;
  parts: number;
  /** Room left in the last part before another part is needed. */
  charactersRemaining: number;
  /** The national language table the text was counted with, if one was needed. */
  nationalLanguage?: NationalLanguage;
  /** The text as it is sent: after transliteration. */
  sentText: string;
}

const LIMITS = {
  GSM7: { single: 160, multi: 153 },
  NATIONAL: { single: 155, multi: 149 },
  UCS2: { single: 70, multi: 67 },
} as const;

function count(units: number, limits: { single: number; multi: number }) {
  const parts = units <= limits.single ? 1 : Math.ceil(units / limits.multi);
  const capacity = parts === 1 ? limits.single : parts * limits.multi;
  return { parts, charactersRemaining: capacity - units };
}

function nationalCandidates(code: SmsLanguageCode | undefined): NationalLanguage[] {
  if (code === undefined || code === "NONE") return [];
  if (code === "AUTODETECT") return [...NATIONAL_LANGUAGES];
  return [code];
}

/**
 * Transliteration comes first, then the default alphabet is tried, then the national tables the
 * language code allows (the cheapest wins), and UCS-2 when none can carry the text.
 */
export function smsParts(text: string, options: SmsOptions = {}): SmsParts {
  const sentText = transliterate(text, options.transliteration);
  const plain = septets(sentText, DEFAULT_TABLE);
  if (plain !== undefined) {
    return { encoding: "GSM7", units: plain, ...count(plain, LIMITS.GSM7), sentText };
  }
  let best: SmsParts | undefined;
  for (const language of nationalCandidates(options.languageCode)) {
    const units = septets(sentText, NATIONAL_TABLES[language]);
    if (units === undefined) continue;
    const counted = count(units, LIMITS.NATIONAL);
    if (!best || counted.parts < best.parts) {
      best = { encoding: "GSM7", units, ...counted, nationalLanguage: language, sentText };
    }
  }
  if (best) return best;
  const units = sentText.length;
  return { encoding: "UCS2", units, ...count(units, LIMITS.UCS2), sentText };
}
