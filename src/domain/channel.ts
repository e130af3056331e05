/**
 * The OMNI channels this product supports: the legacy set of the OMNI documentation pages
 * (which still has PARSECO and FACEBOOK) rather than the current OpenAPI enum.
 */
export const CHANNELS = [
  "SMS",
  "VOICE",
  "VIBER",
  "EMAIL",
  "FACEBOOK",
  "PUSH",
  "PARSECO",
  "VKONTAKTE",
] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === "string" && (CHANNELS as readonly string[]).includes(value);
}

/** The key of each channel's content object in an advanced send request. */
export const CHANNEL_CONTENT_KEY = {
  SMS: "sms",
  VOICE: "voice",
  VIBER: "viber",
  EMAIL: "email",
  FACEBOOK: "facebook",
  PUSH: "push",
  PARSECO: "parseco",
  VKONTAKTE: "vKontakte",
} as const satisfies Record<Channel, string>;

/** Which destination address a step needs: EMAIL goes to `emailAddress`, everything else to `phoneNumber`. */
export function addressKindOf(channel: Channel): "emailAddress" | "phoneNumber" {
  return channel === "EMAIL" ? "emailAddress" : "phoneNumber";
}
