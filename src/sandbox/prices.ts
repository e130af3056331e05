import type { Channel } from "../domain/channel.js";
import type { Price } from "./wire.js";

/**
 * Sandbox list prices in EUR per message part, in the range of the OMNI documentation examples
 * (0.01 SMS, 0.0104 Viber / VK). They are illustrative, not Infobip's tariff.
 */
export const PRICE_EUR: Record<Channel, number> = {
  SMS: 0.01,
  VOICE: 0.02,
  VIBER: 0.0104,
  EMAIL: 0.001,
  FACEBOOK: 0.005,
  PUSH: 0.001,
  PARSECO: 0.005,
  VKONTAKTE: 0.0104,
};

export function priceOf(channel: Channel, messageCount: number): Price {
  return {
    pricePerMessage: Math.round(PRICE_EUR[channel] * messageCount * 1e6) / 1e6,
    currency: "EUR",
  };
}

export const FREE: Price = { pricePerMessage: 0, currency: "EUR" };
