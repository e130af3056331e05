/**
 * SMS part count. GSM 03.38 text fits 160 characters in one part and 153 per part when
 * concatenated (the UDH takes 7); anything outside it goes UCS-2 at 70 / 67. Extension-table
 * characters cost two GSM-7 units because they travel behind an escape.
 */
const GSM7_BASIC = new Set(
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡" +
    "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà",
);
const GSM7_EXTENSION = new Set("^{}\\[]~|€\f");

export type SmsEncoding = "GSM7" | "UCS2";

export interface SmsParts {
  encoding: SmsEncoding;
  /** Length in the encoding's units: GSM-7 septets or UTF-16 code units. */
  units: number;
  parts: number;
}

const LIMITS: Record<SmsEncoding, { single: number; multi: number }> = {
  GSM7: { single: 160, multi: 153 },
  UCS2: { single: 70, multi: 67 },
};

function gsm7Units(text: string): number | undefined {
  let units = 0;
  for (const char of text) {
    if (GSM7_BASIC.has(char)) units += 1;
    else if (GSM7_EXTENSION.has(char)) units += 2;
    else return undefined;
  }
  return units;
}

export function smsParts(text: string): SmsParts {
  const gsm = gsm7Units(text);
  const encoding: SmsEncoding = gsm === undefined ? "UCS2" : "GSM7";
  const units = gsm ?? text.length;
  const { single, multi } = LIMITS[encoding];
  return { encoding, units, parts: units <= single ? 1 : Math.ceil(units / multi) };
}
