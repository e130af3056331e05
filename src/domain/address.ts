import type { Violation } from "./violation.js";

/** MSISDN as Infobip wants it: international format without `+`, no leading 0, 7 to 15 digits. */
const MSISDN = /^[1-9]\d{6,14}$/;

/**
 * The HTML standard's "valid e-mail address", with a dotted domain: OMNI mails the internet, not
 * a host on the sender's network. The provider does the real check; this catches typos.
 */
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;
const MAX_EMAIL_LENGTH = 254;

export function isMsisdn(value: string): boolean {
  return MSISDN.test(value);
}

export function isEmailAddress(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value);
}

/** How an address breaks its format, with the wording every input that carries one uses. */
export const ADDRESS_RULES = {
  MSISDN_FORMAT: "Use international format without '+': 7 to 15 digits, no leading 0.",
  EMAIL_FORMAT: `Not a valid e-mail address (local@domain.tld, at most ${MAX_EMAIL_LENGTH} characters).`,
} as const;

/** What is wrong with the format of a phone number or e-mail address at `path`; absent is fine. */
export function checkAddress(
  kind: "phoneNumber" | "emailAddress",
  value: string | null | undefined,
  path: string,
): Violation[] {
  if (value == null) return [];
  const rule = kind === "phoneNumber" ? "MSISDN_FORMAT" : "EMAIL_FORMAT";
  const ok = kind === "phoneNumber" ? isMsisdn(value) : isEmailAddress(value);
  return ok ? [] : [{ path, rule, message: ADDRESS_RULES[rule] }];
}
