import { addressKindOf, CHANNELS, type Channel } from "./channel.js";
import { MAX_OMNI_PUSH_TITLE, MAX_PUSH_TEXT } from "./pushLimits.js";
import { normaliseValidityPeriod, validityBounds } from "./validityPeriod.js";

/** A length limit on one field of a channel's content, as documented. */
export interface FieldLimit {
  field: string;
  maxLength: number;
}

export interface ChannelCapability {
  channel: Channel;
  /** Undefined where the docs set none (an SMS text is limited by cost, in parts, not length). */
  maxTextLength?: number;
  minValidityMs: number;
  maxValidityMs: number;
  defaultValidityMs: number;
  /** Above the maximum, Infobip clamps (true) or refuses (false, Viber). */
  clampsValidity: boolean;
  contentFields: readonly string[];
  fieldLimits: readonly FieldLimit[];
  address: "phoneNumber" | "emailAddress";
  needsPushRegistration: boolean;
  /** SMS text is billed per part; the part count depends on encoding. */
  billedPerPart: boolean;
}

const VALIDITY_FIELDS = ["text", "validityPeriod", "validityPeriodTimeUnit"] as const;

const FIELDS: Record<Channel, readonly string[]> = {
  SMS: [...VALIDITY_FIELDS, "language", "transliteration"],
  VOICE: [...VALIDITY_FIELDS, "language"],
  VIBER: [
    ...VALIDITY_FIELDS,
    "imageURL",
    "buttonText",
    "buttonURL",
    "isPromotional",
    "trackingData",
  ],
  EMAIL: [...VALIDITY_FIELDS, "subject"],
  FACEBOOK: VALIDITY_FIELDS,
  PUSH: [
    ...VALIDITY_FIELDS,
    "customPayload",
    "notificationOptions",
    "targetOnlyPrimaryDevices",
    "includeNotificationsDisabledDevices",
  ],
  PARSECO: VALIDITY_FIELDS,
  VKONTAKTE: [...VALIDITY_FIELDS, "templateName", "templateData"],
};

/**
 * Text limits from the reading of the docs: Viber and Facebook 1000, PUSH 4000 (the Push
 * API's content text; the OMNI OpenAPI's 2000 is an older PushData bound). Viber's other limits
 * are the OMNI OpenAPI's ViberData.
 */
const LIMITS: Partial<Record<Channel, { text?: number; fields?: FieldLimit[] }>> = {
  VIBER: {
    text: 1000,
    fields: [
      { field: "imageURL", maxLength: 1000 },
      { field: "buttonText", maxLength: 30 },
      { field: "buttonURL", maxLength: 1000 },
      { field: "trackingData", maxLength: 100 },
    ],
  },
  FACEBOOK: { text: 1000 },
  PUSH: {
    text: MAX_PUSH_TEXT,
    fields: [{ field: "notificationOptions.title", maxLength: MAX_OMNI_PUSH_TITLE }],
  },
};

export function capabilityOf(channel: Channel): ChannelCapability {
  const { minMs, maxMs } = validityBounds(channel);
  const fallback = normaliseValidityPeriod(channel, undefined);
  return {
    channel,
    ...(LIMITS[channel]?.text !== undefined ? { maxTextLength: LIMITS[channel].text } : {}),
    minValidityMs: minMs,
    maxValidityMs: maxMs,
    defaultValidityMs: fallback.ok ? fallback.ms : maxMs,
    clampsValidity: channel !== "VIBER",
    contentFields: FIELDS[channel],
    fieldLimits: LIMITS[channel]?.fields ?? [],
    address: addressKindOf(channel),
    needsPushRegistration: channel === "PUSH",
    billedPerPart: channel === "SMS",
  };
}

export const CHANNEL_CAPABILITIES: readonly ChannelCapability[] = CHANNELS.map(capabilityOf);
