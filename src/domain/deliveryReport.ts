import type { Channel } from "./channel.js";
import type { DeliveryError } from "./deliveryError.js";
import type { MessageStatus } from "./status.js";

/** What one message cost, in the account's currency. */
export interface Price {
  pricePerMessage: number;
  currency: string;
}

/**
 * One delivery report as OMNI hands it out (GET /omni/1/reports, the notifyUrl webhook) and as
 * the gateway keeps it: the final word on one message. Dates are Infobip's
 * `yyyy-MM-dd'T'HH:mm:ss.SSS+0000` strings.
 */
export interface DeliveryReport {
  bulkId?: string;
  messageId: string;
  to: string;
  sentAt: string;
  doneAt: string;
  messageCount: number;
  mccMnc?: string;
  price?: Price;
  status: MessageStatus;
  error?: DeliveryError;
  channel: Channel;
  callbackData?: string;
}
