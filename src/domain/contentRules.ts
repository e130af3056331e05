import { capabilityOf } from "./channelCapabilities.js";
import { CHANNEL_CONTENT_KEY, type Channel } from "./channel.js";
import type { Violation } from "./violation.js";

type Json = Record<string, unknown>;

function get(record: Json, dotted: string): unknown {
  return dotted
    .split(".")
    .reduce<unknown>(
      (value, key) =>
        typeof value === "object" && value !== null ? (value as Json)[key] : undefined,
      record,
    );
}

function lengthOf(value: unknown): number | undefined {
  if (typeof value === "string") return value.length;
  // URLs arrive parsed from GraphQL and as strings from JSON; the limit is on the text either way.
  if (value instanceof URL) return value.href.length;
  return undefined;
}

/**
 * The documented rules on one channel's content object, beyond its validity period: text and
 * field lengths, and the combinations the docs require. Takes the object as parsed from GraphQL
 * or from raw JSON, so the gateway and the sandbox judge it alike.
 */
export function checkContent(channel: Channel, content: object): Violation[] {
  const violations: Violation[] = [];
  const record = content as Json;
  const key = CHANNEL_CONTENT_KEY[channel];
  const add = (field: string, rule: string, message: string) =>
    violations.push({ path: `${key}.${field}`, rule, message });
  const capability = capabilityOf(channel);

  const textLength = lengthOf(record.text);
  if (capability.maxTextLength !== undefined && (textLength ?? 0) > capability.maxTextLength) {
    add(
      "text",
      "TEXT_TOO_LONG",
      `${channel} text is limited to ${capability.maxTextLength} characters.`,
    );
  }
  for (const { field, maxLength } of capability.fieldLimits) {
    if ((lengthOf(get(record, field)) ?? 0) > maxLength) {
      add(field, "TOO_LONG", `${field} is limited to ${maxLength} characters.`);
    }
  }
  if (channel === "VIBER") checkViberButton(record, add);
  if (channel === "PUSH" && typeof record.notificationOptions === "object") {
    checkNotificationOptions((record.notificationOptions ?? {}) as Json, (field, rule, message) =>
      add(`notificationOptions.${field}`, rule, message),
    );
  }
  return violations;
}

type Add = (field: string, rule: string, message: string) => void;

/** A Viber button is a text and a link: one without the other cannot be shown. */
function checkViberButton(record: Json, add: Add): void {
  const hasText = Boolean(record.buttonText);
  const hasUrl = Boolean(record.buttonURL);
  if (hasText && !hasUrl) add("buttonURL", "REQUIRED_WITH_BUTTON", "buttonText needs a buttonURL.");
  if (hasUrl && !hasText)
    add("buttonText", "REQUIRED_WITH_BUTTON", "buttonURL needs a buttonText.");
}

function checkNotificationOptions(options: Json, add: Add): void {
  if (typeof options.badge === "number" && options.badge < 0) {
    add("badge", "NOT_NEGATIVE", "badge must not be negative.");
  }
  const period = options.mirroredPushExpirationPeriod;
  if (typeof period === "number" && (!Number.isInteger(period) || period < 0)) {
    add(
      "mirroredPushExpirationPeriod",
      "NOT_NEGATIVE_INTEGER",
      "mirroredPushExpirationPeriod must be a whole number, 0 or more.",
    );
  }
  if (options.mirroredPushExpirationTimeUnit != null && period == null) {
    add(
      "mirroredPushExpirationPeriod",
      "REQUIRED_WITH_UNIT",
      "mirroredPushExpirationTimeUnit needs a mirroredPushExpirationPeriod.",
    );
  }
  // The docs offer the Dismiss and Open buttons only on the modal in-app style.
  for (const field of ["mirroredPushDismissTitle", "mirroredPushOpenTitle"]) {
    if (options[field] != null && options.mirroredPushStyle !== "MODAL") {
      add(field, "MODAL_ONLY", `${field} needs mirroredPushStyle MODAL.`);
    }
  }
}
