import { isEmailAddress, isMsisdn } from "../domain/address.js";
import { CHANNEL_CONTENT_KEY, CHANNELS, type Channel } from "../domain/channel.js";
import { checkContent } from "../domain/contentRules.js";
import { parseOmniDate } from "../domain/omniDate.js";
import {
  MAX_CALLBACK_DATA,
  NOTIFY_CONTENT_TYPES,
  SEND_AT_RULES,
  sendAtRule,
} from "../domain/sendRules.js";
import { isSmsLanguageCode, SMS_LANGUAGE_CODES, type SmsOptions } from "../domain/smsEncoding.js";
import { isTransliteration } from "../domain/transliteration.js";
import {
  normaliseValidityPeriod,
  TIME_UNITS,
  type TimeUnit,
  type ValidityPeriod,
} from "../domain/validityPeriod.js";
import { Issues } from "./errors.js";
import type { To } from "./wire.js";

/** What a step needs from the request for its channel; `fields` keeps every sub-field as sent. */
export interface ChannelContent {
  text?: string;
  hasContent: boolean;
  validityMs: number;
  fields: Record<string, unknown>;
  /** How an SMS step encodes its text, which decides its messageCount. */
  sms?: SmsOptions;
}

export interface Destination {
  messageId?: string;
  to: To;
}

export interface SendRequest {
  bulkId?: string;
  scenarioKey?: string;
  destinations: Destination[];
  content: Partial<Record<Channel, ChannelContent>>;
  sendAt?: number;
  notifyUrl?: string;
  notifyContentType?: string;
  callbackData?: string;
  intermediateReport: boolean;
  notify: boolean;
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * `POST /omni/1/advanced`. Unknown members (whatsApp, line, kakao…) are accepted and ignored. The
 * legacy top-level `text` is what every channel without its own text sends.
 */
export function parseAdvancedRequest(body: unknown, now: number): SendRequest {
  const issues = new Issues();
  const input = isRecord(body) ? body : {};
  if (input.text !== undefined && typeof input.text !== "string")
    issues.add("text", "must be a string");
  const commonText = typeof input.text === "string" && input.text !== "" ? input.text : undefined;
  const content: SendRequest["content"] = {};
  for (const channel of CHANNELS) {
    const key = CHANNEL_CONTENT_KEY[channel];
    const raw = input[key] ?? (commonText !== undefined ? {} : undefined);
    if (raw === undefined || raw === null) continue;
    if (!isRecord(raw)) {
      issues.add(key, "must be an object");
      continue;
    }
    if (raw.text !== undefined && typeof raw.text !== "string")
      issues.add(`${key}.text`, "must be a string");
    const text = typeof raw.text === "string" && raw.text !== "" ? raw.text : commonText;
    const validity = parseValidity(channel, raw, key, issues);
    for (const violation of checkContent(channel, raw))
      issues.add(violation.path, violation.message);
    content[channel] = {
      ...(text !== undefined ? { text } : {}),
      hasContent: hasContent(channel, text, raw),
      validityMs: validity,
      fields: raw,
      ...(channel === "SMS" ? { sms: parseSmsOptions(raw, issues) } : {}),
    };
  }
  return { ...parseCommon(input, now, issues), content };
}

function parseSmsOptions(raw: Json, issues: Issues): SmsOptions {
  const languageCode = isRecord(raw.language) ? raw.language.languageCode : undefined;
  const options: SmsOptions = {};
  if (languageCode !== undefined) {
    if (isSmsLanguageCode(languageCode)) options.languageCode = languageCode;
    else issues.add("sms.language.languageCode", `must be one of ${SMS_LANGUAGE_CODES.join(", ")}`);
  }
  if (raw.transliteration !== undefined) {
    if (isTransliteration(raw.transliteration)) options.transliteration = raw.transliteration;
    else issues.add("sms.transliteration", "must be a documented transliteration code");
  }
  return options;
}

/** `POST /omni/1/text`: one text for every step of the scenario. */
export function parseTextRequest(body: unknown, now: number): SendRequest {
  const issues = new Issues();
  const input = isRecord(body) ? body : {};
  const text = input.text;
  if (typeof text !== "string" || text.length === 0) issues.add("text", "must not be empty");
  const common = parseCommon(input, now, issues);
  const content: SendRequest["content"] = {};
  for (const channel of CHANNELS) {
    content[channel] = {
      text: text as string,
      hasContent: true,
      validityMs: defaultValidity(channel),
      fields: { text },
    };
  }
  return { ...common, content };
}

function parseCommon(input: Json, now: number, issues: Issues): Omit<SendRequest, "content"> {
  const optionalString = (field: string): string | undefined => {
    const value = input[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "string") issues.add(field, "must be a string");
    return typeof value === "string" ? value : undefined;
  };
  const optionalBoolean = (field: string): boolean | undefined => {
    const value = input[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== "boolean") issues.add(field, "must be a boolean");
    return typeof value === "boolean" ? value : undefined;
  };

  const bulkId = optionalString("bulkId");
  const scenarioKey = optionalString("scenarioKey");
  const callbackData = optionalString("callbackData");
  if (callbackData !== undefined && callbackData.length > MAX_CALLBACK_DATA) {
    issues.add("callbackData", `must be at most ${MAX_CALLBACK_DATA} characters`);
  }
  const notifyUrl = optionalString("notifyUrl");
  if (notifyUrl !== undefined && !isHttpUrl(notifyUrl))
    issues.add("notifyUrl", "must be an http(s) URL");
  const notifyContentType = optionalString("notifyContentType");
  if (notifyContentType !== undefined && !NOTIFY_CONTENT_TYPES.includes(notifyContentType)) {
    issues.add("notifyContentType", `must be one of ${NOTIFY_CONTENT_TYPES.join(", ")}`);
  }
  const sendAtText = optionalString("sendAt");
  let sendAt: number | undefined;
  if (sendAtText !== undefined) {
    sendAt = parseOmniDate(sendAtText).getTime();
    if (Number.isNaN(sendAt)) {
      issues.add("sendAt", "must be a date-time like 2021-05-24T10:45:38.000+0000");
    } else if (sendAtRule(sendAt, now) === "SEND_AT_TOO_FAR") {
      // OMNI sends a past sendAt at once (its own scheduled example carries one); only the
      // gateway, which checks before sending, refuses it.
      issues.add("sendAt", SEND_AT_RULES.SEND_AT_TOO_FAR);
    }
  }
  const intermediateReport = optionalBoolean("intermediateReport") ?? false;
  const notify = optionalBoolean("notify") ?? true;
  const destinations = parseDestinations(input.destinations, issues);
  issues.throwIfAny();
  return {
    ...(bulkId !== undefined ? { bulkId } : {}),
    ...(scenarioKey !== undefined ? { scenarioKey } : {}),
    destinations,
    ...(sendAt !== undefined ? { sendAt } : {}),
    ...(notifyUrl !== undefined ? { notifyUrl } : {}),
    ...(notifyContentType !== undefined ? { notifyContentType } : {}),
    ...(callbackData !== undefined ? { callbackData } : {}),
    intermediateReport,
    notify,
  };
}

/**
 * A destination is refused only when it has no usable address at all. A malformed address next
 * to a valid one is accepted and fails at the step that needs it (REJECTED_DESTINATION), as
 * Infobip does: its own "SMS-EMAIL" request example carries a 17-digit number beside a valid
 * e-mail address and must be accepted.
 */
function parseDestinations(raw: unknown, issues: Issues): Destination[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    issues.add("destinations", "must not be empty");
    return [];
  }
  const destinations: Destination[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const path = `destinations[${i}]`;
    const item: unknown = raw[i];
    if (!isRecord(item)) {
      issues.add(path, "must be an object");
      continue;
    }
    if (item.messageId !== undefined && typeof item.messageId !== "string") {
      issues.add(`${path}.messageId`, "must be a string");
    }
    // The legacy documentation also shows `"to": "41793026727"`.
    const rawTo: unknown = typeof item.to === "string" ? { phoneNumber: item.to } : item.to;
    const to = isRecord(rawTo) ? rawTo : {};
    const phoneNumber = to.phoneNumber ?? undefined;
    const emailAddress = to.emailAddress ?? undefined;
    if (phoneNumber !== undefined && typeof phoneNumber !== "string") {
      issues.add(`${path}.to.phoneNumber`, "must be a string");
    }
    if (emailAddress !== undefined && typeof emailAddress !== "string") {
      issues.add(`${path}.to.emailAddress`, "must be a string");
    }
    const phoneOk = typeof phoneNumber === "string" && isMsisdn(phoneNumber);
    const emailOk = typeof emailAddress === "string" && isEmailAddress(emailAddress);
    if (phoneNumber === undefined && emailAddress === undefined) {
      issues.add(`${path}.to`, "must contain phoneNumber or emailAddress");
    } else if (!phoneOk && !emailOk) {
      if (phoneNumber !== undefined) {
        issues.add(
          `${path}.to.phoneNumber`,
          "must be an international number without +, 7 to 15 digits",
        );
      }
      if (emailAddress !== undefined)
        issues.add(`${path}.to.emailAddress`, "must be an e-mail address");
    }
    // Undefined members rather than spreads: one object shape for 10 000 destinations.
    destinations[i] = {
      messageId: typeof item.messageId === "string" ? item.messageId : undefined,
      to: {
        phoneNumber: typeof phoneNumber === "string" ? phoneNumber : undefined,
        emailAddress: typeof emailAddress === "string" ? emailAddress : undefined,
      },
    };
  }
  return destinations;
}

function parseValidity(channel: Channel, raw: Json, key: string, issues: Issues): number {
  const period = raw.validityPeriod;
  const unit = raw.validityPeriodTimeUnit;
  if (unit !== undefined && !(TIME_UNITS as readonly unknown[]).includes(unit)) {
    issues.add(`${key}.validityPeriodTimeUnit`, `must be one of ${TIME_UNITS.join(", ")}`);
    return defaultValidity(channel);
  }
  if (period === undefined || period === null) return defaultValidity(channel);
  const numeric =
    typeof period === "number"
      ? period
      : typeof period === "string" && /^\d+$/.test(period)
        ? Number(period)
        : NaN;
  const result = normaliseValidityPeriod(channel, numeric, unit as TimeUnit | undefined);
  if (result.ok) return result.ms;
  issues.add(`${key}.validityPeriod`, validityMessage(result));
  return defaultValidity(channel);
}

function validityMessage(result: Extract<ValidityPeriod, { ok: false }>): string {
  switch (result.reason) {
    case "TOO_SHORT":
      return `must be at least ${result.minMs / 1000} seconds`;
    case "TOO_LONG":
      return `must be at most ${result.maxMs / 3_600_000} hours`;
    case "NOT_POSITIVE_INTEGER":
      return "must be a positive integer";
  }
}

export function defaultValidity(channel: Channel): number {
  const result = normaliseValidityPeriod(channel, undefined);
  return result.ok ? result.ms : 0;
}

/** VK can send a template instead of text, Viber an image; anything else needs text. */
function hasContent(channel: Channel, text: string | undefined, raw: Json): boolean {
  if (text !== undefined && text.length > 0) return true;
  if (channel === "VKONTAKTE")
    return typeof raw.templateName === "string" && raw.templateName !== "";
  if (channel === "VIBER") return typeof raw.imageURL === "string" && raw.imageURL !== "";
  return false;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
