/** MSISDN as Infobip wants it: international format without `+`, no leading 0, 7 to 15 digits. */
const MSISDN = /^[1-9]\d{6,14}$/;

// Deliberately simple (local@domain.tld): the provider does the real check; this catches typos.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isMsisdn(value: string): boolean {
  return MSISDN.test(value);
}

export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}
