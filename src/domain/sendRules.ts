import { CHANNEL_CONTENT_KEY, type Channel } from "./channel.js";
import { isEmailAddress, isMsisdn } from "./address.js";
import { normaliseValidityPeriod, type TimeUnit } from "./validityPeriod.js";

/** One broken rule, named by the path of the offending field in the send request. */
export interface Violation {
  path: string;
  rule: string;
  message: string;
}

export interface ChannelContentToCheck {
  text?: string | null;
  validityPeriod?: number | null;
  validityPeriodTimeUnit?: TimeUnit | null;
}

export interface SendToCheck {
  destinations: readonly {
    to?: { phoneNumber?: string | null; emailAddress?: string | null } | null;
  }[];
  /** Channel content keyed by channel; for a simple text send, every step's content is the text. */
  content: Partial<Record<Channel, ChannelContentToCheck>>;
  sendAt?: Date | null;
  callbackData?: string | null;
}

export const MAX_DESTINATIONS = 10_000;
export const MAX_CALLBACK_DATA = 4_000;
const MAX_SCHEDULE_AHEAD_MS = 180 * 24 * 3_600_000;

/** Every documented rule a send must pass before it leaves; all violations at once. */
export function checkSend(send: SendToCheck, now: Date): Violation[] {
  const violations: Violation[] = [];
  const add = (path: string, rule: string, message: string) =>
    violations.push({ path, rule, message });

  if (send.destinations.length === 0)
    add("destinations", "REQUIRED", "At least one destination is required.");
  if (send.destinations.length > MAX_DESTINATIONS) {
    add("destinations", "TOO_MANY", `At most ${MAX_DESTINATIONS} destinations per send.`);
  }
  send.destinations.forEach((destination, index) => {
    const path = `destinations[${index}].to`;
    const phoneNumber = destination.to?.phoneNumber;
    const emailAddress = destination.to?.emailAddress;
    if (!phoneNumber && !emailAddress) {
      add(path, "ADDRESS_REQUIRED", "A destination needs a phoneNumber or an emailAddress.");
    }
    if (phoneNumber && !isMsisdn(phoneNumber)) {
      add(
        `${path}.phoneNumber`,
        "MSISDN_FORMAT",
        "Use international format without '+': 7 to 15 digits, no leading 0.",
      );
    }
    if (emailAddress && !isEmailAddress(emailAddress)) {
      add(`${path}.emailAddress`, "EMAIL_FORMAT", "Not a valid email address.");
    }
  });

  for (const [channel, content] of Object.entries(send.content) as [
    Channel,
    ChannelContentToCheck,
  ][]) {
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
  }

  if (send.sendAt) {
    const ahead = send.sendAt.getTime() - now.getTime();
    if (ahead <= 0) add("sendAt", "SEND_AT_PAST", "sendAt must be in the future.");
    else if (ahead >= MAX_SCHEDULE_AHEAD_MS)
      add("sendAt", "SEND_AT_TOO_FAR", "sendAt must be less than 180 days ahead.");
  }
  if (send.callbackData && send.callbackData.length > MAX_CALLBACK_DATA) {
    add("callbackData", "TOO_LONG", `callbackData is limited to ${MAX_CALLBACK_DATA} characters.`);
  }
  return violations;
}
