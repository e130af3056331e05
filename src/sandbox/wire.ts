import type { Channel } from "../domain/channel.js";
import type { DeliveryError } from "../domain/deliveryError.js";
import type { MessageStatus } from "../domain/status.js";

/** JSON shapes the sandbox writes, as in Infobip's OMNI OpenAPI document. */
export interface Step {
  from?: string;
  channel: Channel;
}

export interface Scenario {
  key: string;
  name?: string;
  flow: Step[];
  default: boolean;
}

export interface To {
  phoneNumber?: string;
  emailAddress?: string;
}

export interface Price {
  pricePerMessage: number;
  currency: "EUR";
}

export interface DeliveryReport {
  bulkId?: string;
  messageId: string;
  to: string;
  sentAt: string;
  doneAt: string;
  messageCount: number;
  mccMnc?: string;
  price: Price;
  status: MessageStatus;
  error: DeliveryError;
  channel: Channel;
  callbackData?: string;
}

export interface OmniLog {
  bulkId?: string;
  messageId: string;
  to: string;
  from?: string;
  text?: string;
  sentAt: string;
  doneAt?: string;
  messageCount: number;
  mccMnc?: string;
  price: Price;
  status: MessageStatus;
  channel: Channel;
}
