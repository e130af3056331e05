import { z } from "zod";
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
import { SMS_LANGUAGE_CODES, type SmsOptions } from "../domain/smsEncoding.js";
import { TRANSLITERATIONS } from "../domain/transliteration.js";
import {
  normaliseValidityPeriod,
  TIME_UNITS,
  type TimeUnit,
  type ValidityPeriod,
} from "../domain/validityPeriod.js";
import { isRecord, nonEmpty, recordOrEmpty, validated } from "./validation.js";
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

export interface SendRequestParsers {
  /**
   * `POST /omni/1/advanced`. Unknown members (whatsApp, line, kakao…) are accepted and ignored.
   * The legacy top-level `text` is what every channel without its own text sends.
   */
  advanced(body: unknown): SendRequest;
  /** `POST /omni/1/text`: one text for every step of the scenario. */
  text(body: unknown): SendRequest;
}

const MUST_BE_STRING = { error: "must be a string" };
const MUST_BE_BOOLEAN = { error: "must be a boolean" };

/** A channel's content object once its checks passed, with its own text if it has one. */
interface ParsedContent {
  text?: string;
  validityMs: number;
  fields: Record<string, unknown>;
  sms?: SmsOptions;
}

/**
 * The checks of every member a step reads. Whole-object rules (the validity period with its
 * unit, the documented field rules of domain/contentRules.ts) run even when a member failed its
 * own check, so one 400 names every problem of the object.
 */
function contentSchema(channel: Channel): z.ZodType<ParsedContent> {
  return z
    .looseObject(
      {
        text: z.string(MUST_BE_STRING).optional(),
        validityPeriodTimeUnit: z
          .enum(TIME_UNITS, { error: `must be one of ${TIME_UNITS.join(", ")}` })
          .optional(),
        ...(channel === "SMS" ? smsOptionsShape : {}),
      },
      { error: "must be an object" },
    )
    .superRefine(
      (content, ctx) => {
        const validity = validityOf(channel, content);
        if (!validity.ok) {
          ctx.addIssue({ code: "custom", path: ["validityPeriod"], message: messageOf(validity) });
        }
        for (const violation of checkContent(channel, content)) {
          // Violations name their path from the request (`sms.text`); the issue's is the object's.
          const path = violation.path.split(".").slice(1);
          ctx.addIssue({ code: "custom", path, message: violation.message });
        }
      },
      { when: (payload) => isRecord(payload.value) },
    )
    .transform((content): ParsedContent => {
      const validity = validityOf(channel, content);
      return {
        ...(content.text ? { text: content.text } : {}),
        validityMs: validity.ok ? validity.ms : defaultValidity(channel),
        fields: content,
        ...(channel === "SMS" ? { sms: smsOptionsOf(content) } : {}),
      };
    });
}

const languageCodeSchema = z
  .enum(SMS_LANGUAGE_CODES, { error: `must be one of ${SMS_LANGUAGE_CODES.join(", ")}` })
  .optional();

/** A `language` that is no object is no language (and kept as sent); its code is checked when it is one. */
const smsOptionsShape = {
  language: z
    .unknown()
    .superRefine((language, ctx) => {
      if (!isRecord(language)) return;
      const code = languageCodeSchema.safeParse(language.languageCode);
      for (const issue of code.error?.issues ?? []) {
        ctx.addIssue({ code: "custom", path: ["languageCode"], message: issue.message });
      }
    })
    .optional(),
  transliteration: z
    .enum(TRANSLITERATIONS, { error: "must be a documented transliteration code" })
    .optional(),
};

function smsOptionsOf(content: Record<string, unknown>): SmsOptions {
  const languageCode = isRecord(content.language)
    ? (content.language.languageCode as SmsOptions["languageCode"])
    : undefined;
  const transliteration = content.transliteration as SmsOptions["transliteration"];
  return {
    ...(languageCode !== undefined ? { languageCode } : {}),
    ...(transliteration !== undefined ? { transliteration } : {}),
  };
}

/** The period as sent (a number, or digits in a string) in its unit; a unit that failed its own check leaves the default. */
function validityOf(channel: Channel, content: Record<string, unknown>): ValidityPeriod {
  const unit = content.validityPeriodTimeUnit;
  const period = content.validityPeriod;
  if (unit !== undefined && !(TIME_UNITS as readonly unknown[]).includes(unit)) {
    return { ok: true, ms: defaultValidity(channel), clamped: false };
  }
  if (period === undefined || period === null) return normaliseValidityPeriod(channel, undefined);
  const numeric =
    typeof period === "number"
      ? period
      : typeof period === "string" && /^\d+$/.test(period)
        ? Number(period)
        : NaN;
  return normaliseValidityPeriod(channel, numeric, unit as TimeUnit | undefined);
}

function messageOf(result: Extract<ValidityPeriod, { ok: false }>): string {
  switch (result.reason) {
    case "TOO_SHORT":
      return `must be at least ${result.minMs / 1000} seconds`;
    case "TOO_LONG":
      return `must be at most ${result.maxMs / 3_600_000} hours`;
    case "NOT_POSITIVE_INTEGER":
      return "must be a positive integer";
  }
}

function defaultValidity(channel: Channel): number {
  const result = normaliseValidityPeriod(channel, undefined);
  return result.ok ? result.ms : 0;
}

/** Absent and null both read as absent for these. */
const optionalString = z.string(MUST_BE_STRING).nullish();
const address = z.string(MUST_BE_STRING).nullish();

/**
 * A destination is refused only when it has no usable address at all. A malformed address next
 * to a valid one is accepted and fails at the step that needs it (REJECTED_DESTINATION), as
 * Infobip does: its own "SMS-EMAIL" request example carries a 17-digit number beside a valid
 * e-mail address and must be accepted.
 */
const destinationSchema = z
  .object(
    {
      messageId: z.string(MUST_BE_STRING).optional(),
      // The legacy documentation also shows `"to": "41793026727"`.
      to: z.preprocess(
        (to) => (typeof to === "string" ? { phoneNumber: to } : recordOrEmpty(to)),
        z.object({ phoneNumber: address, emailAddress: address }),
      ),
    },
    { error: "must be an object" },
  )
  .superRefine(
    (destination, ctx) => {
      const to = recordOrEmpty(destination.to);
      const phoneNumber = to.phoneNumber ?? undefined;
      const emailAddress = to.emailAddress ?? undefined;
      const phoneOk = typeof phoneNumber === "string" && isMsisdn(phoneNumber);
      const emailOk = typeof emailAddress === "string" && isEmailAddress(emailAddress);
      const add = (path: string[], message: string) =>
        ctx.addIssue({ code: "custom", path: ["to", ...path], message });
      if (phoneNumber === undefined && emailAddress === undefined) {
        add([], "must contain phoneNumber or emailAddress");
      } else if (!phoneOk && !emailOk) {
        if (phoneNumber !== undefined) {
          add(["phoneNumber"], "must be an international number without +, 7 to 15 digits");
        }
        if (emailAddress !== undefined) add(["emailAddress"], "must be an e-mail address");
      }
    },
    { when: (payload) => isRecord(payload.value) },
  )
  // Undefined members rather than spreads: one object shape for 10 000 destinations.
  .transform(({ messageId, to }): Destination => ({
    messageId,
    to: {
      phoneNumber: to.phoneNumber ?? undefined,
      emailAddress: to.emailAddress ?? undefined,
    },
  }));

/** The members both sends share; `now` is the sandbox clock's, which sendAt is judged by. */
function commonShape(now: () => number) {
  return {
    bulkId: optionalString,
    scenarioKey: optionalString,
    callbackData: z
      .string(MUST_BE_STRING)
      .refine(
        (data) => data.length <= MAX_CALLBACK_DATA,
        `must be at most ${MAX_CALLBACK_DATA} characters`,
      )
      .nullish(),
    notifyUrl: z.string(MUST_BE_STRING).refine(isHttpUrl, "must be an http(s) URL").nullish(),
    notifyContentType: z
      .string(MUST_BE_STRING)
      .refine(
        (type) => NOTIFY_CONTENT_TYPES.includes(type),
        `must be one of ${NOTIFY_CONTENT_TYPES.join(", ")}`,
      )
      .nullish(),
    sendAt: z
      .string(MUST_BE_STRING)
      .transform((text) => parseOmniDate(text).getTime())
      .refine((ms) => !Number.isNaN(ms), {
        message: "must be a date-time like 2021-05-24T10:45:38.000+0000",
        abort: true,
      })
      // OMNI sends a past sendAt at once (its own scheduled example carries one); only the
      // gateway, which checks before sending, refuses it.
      .refine((ms) => sendAtRule(ms, now()) !== "SEND_AT_TOO_FAR", SEND_AT_RULES.SEND_AT_TOO_FAR)
      .nullish(),
    intermediateReport: z.boolean(MUST_BE_BOOLEAN).nullish(),
    notify: z.boolean(MUST_BE_BOOLEAN).nullish(),
    destinations: nonEmpty(z.array(destinationSchema, { error: "must not be empty" })),
  };
}

type Common = z.output<z.ZodObject<ReturnType<typeof commonShape>>>;

function toRequest(common: Common, content: SendRequest["content"]): SendRequest {
  const { bulkId, scenarioKey, sendAt, notifyUrl, notifyContentType, callbackData } = common;
  return {
    ...(bulkId != null ? { bulkId } : {}),
    ...(scenarioKey != null ? { scenarioKey } : {}),
    destinations: common.destinations,
    ...(sendAt != null ? { sendAt } : {}),
    ...(notifyUrl != null ? { notifyUrl } : {}),
    ...(notifyContentType != null ? { notifyContentType } : {}),
    ...(callbackData != null ? { callbackData } : {}),
    intermediateReport: common.intermediateReport ?? false,
    notify: common.notify ?? true,
    content,
  };
}

const CONTENT_KEYS = CHANNELS.map((channel) => CHANNEL_CONTENT_KEY[channel]);
type ContentKey = (typeof CHANNEL_CONTENT_KEY)[Channel];

/** The legacy top-level text, when there is one to send. */
const legacyText = (text: unknown) => (typeof text === "string" && text !== "" ? text : undefined);

/** A sandbox's send parsers: their checks judge sendAt by the sandbox's clock. */
export function sendRequestParsers(now: () => number): SendRequestParsers {
  const common = commonShape(now);
  const contentShape = {} as Record<ContentKey, z.ZodType<ParsedContent | null | undefined>>;
  for (const channel of CHANNELS) {
    contentShape[CHANNEL_CONTENT_KEY[channel]] = contentSchema(channel).nullish();
  }

  const advanced = z.preprocess(
    (body) => {
      const input = recordOrEmpty(body);
      if (legacyText(input.text) === undefined) return input;
      // Every channel then has content, if only the legacy text.
      const filled = { ...input };
      for (const key of CONTENT_KEYS) filled[key] ??= {};
      return filled;
    },
    z
      .object({ text: z.string(MUST_BE_STRING).optional(), ...contentShape, ...common })
      .transform((input) => {
        const commonText = legacyText(input.text);
        const content: SendRequest["content"] = {};
        for (const channel of CHANNELS) {
          const parsed = input[CHANNEL_CONTENT_KEY[channel]];
          if (!parsed) continue;
          const text = parsed.text ?? commonText;
          content[channel] = {
            ...parsed,
            ...(text !== undefined ? { text } : {}),
            hasContent: hasContent(channel, text, parsed.fields),
          };
        }
        return toRequest(input, content);
      }),
  );

  const text = z.preprocess(
    recordOrEmpty,
    z
      .object({
        text: nonEmpty(z.string({ error: "must not be empty" })),
        ...common,
      })
      .transform((input) => {
        const content: SendRequest["content"] = {};
        for (const channel of CHANNELS) {
          content[channel] = {
            text: input.text,
            hasContent: true,
            validityMs: defaultValidity(channel),
            fields: { text: input.text },
          };
        }
        return toRequest(input, content);
      }),
  );

  return {
    advanced: (body) => validated(advanced, body),
    text: (body) => validated(text, body),
  };
}

/** VK can send a template instead of text, Viber an image; anything else needs text. */
function hasContent(
  channel: Channel,
  text: string | undefined,
  fields: Record<string, unknown>,
): boolean {
  if (text !== undefined && text.length > 0) return true;
  if (channel === "VKONTAKTE")
    return typeof fields.templateName === "string" && fields.templateName !== "";
  if (channel === "VIBER") return typeof fields.imageURL === "string" && fields.imageURL !== "";
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
