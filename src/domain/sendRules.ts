import { addressKindOf, CHANNEL_CONTENT_KEY, type Channel } from "./channel.js";
import { capabilityOf } from "./channelCapabilities.js";
import { checkAddress } from "./address.js";
import { checkContent } from "./contentRules.js";
import { normaliseValidityPeriod, type TimeUnit } from "./validityPeriod.js";
import type { Notice, Violation } from "./violation.js";

export type { Notice, Violation } from "./violation.js";

export interface ChannelContentToCheck {
  text?: string | null;
  validityPeriod?: number | null;
  validityPeriodTimeUnit?: TimeUnit | null;
}

export interface AddressToCheck {
  phoneNumber?: string | null;
  emailAddress?: string | null;
}

export interface SendToCheck {
  bulkId?: string | null;
  destinations: readonly { messageId?: string | null; to?: AddressToCheck | null }[];
  /** Channel content keyed by channel. */
  content: Partial<Record<Channel, ChannelContentToCheck>>;
  /** The text every step without its own text sends (the simple send's only text). */
  commonText?: string | null;
  sendAt?: Date | null;
  callbackData?: string | null;
  notifyContentType?: string | null;
}

/** A scenario step as the rules need it. */
export interface StepToCheck {
  channel: Channel;
  from?: string;
}

export const MAX_DESTINATIONS = 10_000;
export const MAX_CALLBACK_DATA = 4_000;
const MAX_SCHEDULE_AHEAD_MS = 180 * 24 * 3_600_000;
/** A client's own bulkId and messageIds; long enough for any UUID or composite key. */
export const MAX_ID_LENGTH = 200;
export const NOTIFY_CONTENT_TYPES: readonly string[] = ["application/json", "application/xml"];

/** How a sendAt breaks the rule, with the wording both the gateway and the sandbox use. */
export const SEND_AT_RULES = {
  SEND_AT_PAST: "must be in the future",
  SEND_AT_TOO_FAR: "must be less than 180 days ahead",
} as const;

/**
 * A sendAt must be less than 180 days ahead (OMNI and the Push API document it) and, for the
 * gateway, in the future: a past one would go out at once, which its author did not ask for.
 */
export function sendAtRule(
  sendAt: Date | number,
  now: Date | number,
): keyof typeof SEND_AT_RULES | undefined {
  const ahead = Number(sendAt) - Number(now);
  if (ahead <= 0) return "SEND_AT_PAST";
  if (ahead >= MAX_SCHEDULE_AHEAD_MS) return "SEND_AT_TOO_FAR";
  return undefined;
}

type Add = (path: string, rule: string, message: string) => void;

function collector(): { violations: Violation[]; add: Add } {
  const violations: Violation[] = [];
  return { violations, add: (path, rule, message) => violations.push({ path, rule, message }) };
}

function contentEntries(send: SendToCheck): [Channel, ChannelContentToCheck][] {
  return Object.entries(send.content) as [Channel, ChannelContentToCheck][];
}

/**
 * Every documented rule a send must pass that needs nothing but the request itself; all
 * violations at once.
 */
export function checkSend(send: SendToCheck, now: Date): Violation[] {
  const { violations, add } = collector();

  if (send.destinations.length === 0)
    add("destinations", "REQUIRED", "At least one destination is required.");
  if (send.destinations.length > MAX_DESTINATIONS) {
    add("destinations", "TOO_MANY", `At most ${MAX_DESTINATIONS} destinations per send.`);
  }
  if ((send.bulkId?.length ?? 0) > MAX_ID_LENGTH) {
    add("bulkId", "TOO_LONG", `bulkId is limited to ${MAX_ID_LENGTH} characters.`);
  }
  // Two destinations with one id could not be told apart in reports and logs.
  const seenIds = new Set<string>();
  send.destinations.forEach((destination, index) => {
    const messageId = destination.messageId;
    if (messageId == null) return;
    const path = `destinations[${index}].messageId`;
    if (messageId.length > MAX_ID_LENGTH) {
      add(path, "TOO_LONG", `messageId is limited to ${MAX_ID_LENGTH} characters.`);
    }
    if (seenIds.has(messageId)) add(path, "DUPLICATE", "messageId is already used in this send.");
    seenIds.add(messageId);
  });
  send.destinations.forEach((destination, index) => {
    const path = `destinations[${index}].to`;
    const phoneNumber = destination.to?.phoneNumber;
    const emailAddress = destination.to?.emailAddress;
    if (phoneNumber == null && emailAddress == null) {
      add(path, "ADDRESS_REQUIRED", "A destination needs a phoneNumber or an emailAddress.");
    }
    // Checked here rather than where the value is parsed, so broken addresses come with the rest.
    violations.push(
      ...checkAddress("phoneNumber", phoneNumber, `${path}.phoneNumber`),
      ...checkAddress("emailAddress", emailAddress, `${path}.emailAddress`),
    );
  });

  for (const [channel, content] of contentEntries(send)) {
    const path = CHANNEL_CONTENT_KEY[channel];
    if (content.validityPeriodTimeUnit && content.validityPeriod == null) {
      add(
        `${path}.validityPeriod`,
        "REQUIRED_WITH_UNIT",
        "validityPeriodTimeUnit needs a validityPeriod.",
      );
    }
    if (content.validityPeriod != null) {
      const validity = normaliseValidityPeriod(
        channel,
        content.validityPeriod,
        content.validityPeriodTimeUnit ?? undefined,
      );
      if (!validity.ok) {
        add(
          `${path}.validityPeriod`,
          `VALIDITY_${validity.reason}`,
          `${channel} validity must be between ${validity.minMs / 1000} s and ${validity.maxMs / 3_600_000} h.`,
        );
      }
    }
    violations.push(...checkContent(channel, content));
  }

  const sendAt = send.sendAt && sendAtRule(send.sendAt, now);
  if (sendAt) add("sendAt", sendAt, `sendAt ${SEND_AT_RULES[sendAt]}.`);
  if (send.callbackData && send.callbackData.length > MAX_CALLBACK_DATA) {
    add("callbackData", "TOO_LONG", `callbackData is limited to ${MAX_CALLBACK_DATA} characters.`);
  }
  if (send.notifyContentType != null && !NOTIFY_CONTENT_TYPES.includes(send.notifyContentType)) {
    add(
      "notifyContentType",
      "NOTIFY_CONTENT_TYPE",
      `notifyContentType must be one of ${NOTIFY_CONTENT_TYPES.join(", ")}.`,
    );
  }
  return violations;
}

/** The text a step sends: its channel's own text, else the common text. */
export function stepText(send: SendToCheck, channel: Channel): string | undefined {
  return send.content[channel]?.text || send.commonText || undefined;
}

/** Viber may send only an image and VK only a template; every other step needs text. */
export function stepHasContent(send: SendToCheck, channel: Channel): boolean {
  if (stepText(send, channel)) return true;
  const content = send.content[channel] as Record<string, unknown> | undefined;
  if (channel === "VIBER") return Boolean(content?.imageURL);
  if (channel === "VKONTAKTE") return Boolean(content?.templateName);
  return false;
}

/** Whether a destination has the address a step of this channel sends to. */
export function canAddress(to: AddressToCheck | null | undefined, channel: Channel): boolean {
  return Boolean(to?.[addressKindOf(channel)]);
}

/**
 * Rules that need the scenario: content nobody will send, steps with nothing to send, texts too
 * long for the step that would send them, and destinations no step can reach.
 */
export function checkScenarioFit(send: SendToCheck, flow: readonly StepToCheck[]): Violation[] {
  const { violations, add } = collector();
  const channels = new Set(flow.map((step) => step.channel));

  for (const [channel] of contentEntries(send)) {
    if (!channels.has(channel)) {
      add(
        CHANNEL_CONTENT_KEY[channel],
        "CHANNEL_NOT_IN_SCENARIO",
        `No step of the scenario uses ${channel}; this content would never be sent.`,
      );
    }
  }
  for (const channel of channels) {
    const key = CHANNEL_CONTENT_KEY[channel];
    if (!stepHasContent(send, channel)) {
      add(
        send.content[channel] ? `${key}.text` : key,
        "CONTENT_REQUIRED",
        `The scenario has a ${channel} step, but there is no ${key} content and no common text.`,
      );
      continue;
    }
    const max = capabilityOf(channel).maxTextLength;
    if (!send.content[channel]?.text && max !== undefined && (send.commonText?.length ?? 0) > max) {
      add(
        "text",
        "TEXT_TOO_LONG",
        `The ${channel} step sends this text, and ${channel} is limited to ${max} characters.`,
      );
    }
  }
  send.destinations.forEach((destination, index) => {
    if (flow.length === 0 || flow.some((step) => canAddress(destination.to, step.channel))) return;
    const kind = addressKindOf(flow[0]!.channel);
    const path = `destinations[${index}].to.${kind}`;
    if (destination.to?.phoneNumber || destination.to?.emailAddress) {
      add(
        path,
        kind === "phoneNumber" ? "PHONE_NUMBER_REQUIRED" : "EMAIL_ADDRESS_REQUIRED",
        `Every step of the scenario needs a ${kind}, and this destination has none.`,
      );
    }
  });
  return violations;
}

/**
 * What the send will do differently from what it says: validity periods OMNI clamps, and steps
 * a destination will skip for want of an address.
 */
export function sendNotices(send: SendToCheck, flow?: readonly StepToCheck[]): Notice[] {
  const { violations: notices, add } = collector();
  for (const [channel, content] of contentEntries(send)) {
    if (content.validityPeriod == null) continue;
    const validity = normaliseValidityPeriod(
      channel,
      content.validityPeriod,
      content.validityPeriodTimeUnit ?? undefined,
    );
    if (validity.ok && validity.clamped) {
      add(
        `${CHANNEL_CONTENT_KEY[channel]}.validityPeriod`,
        "VALIDITY_CLAMPED",
        `${channel} validity above ${validity.ms / 3_600_000} h is set to ${validity.ms / 3_600_000} h.`,
      );
    }
  }
  if (flow) {
    send.destinations.forEach((destination, index) => {
      if (!flow.some((step) => canAddress(destination.to, step.channel))) return;
      flow.forEach((step, stepIndex) => {
        if (canAddress(destination.to, step.channel)) return;
        add(
          `destinations[${index}].to.${addressKindOf(step.channel)}`,
          "STEP_SKIPPED",
          `Step ${stepIndex + 1} (${step.channel}) is skipped for this destination: it has no ${addressKindOf(step.channel)}.`,
        );
      });
    });
  }
  return notices;
}
