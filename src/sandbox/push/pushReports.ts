import type { DeliveryReport } from "../wire.js";
import { wireDate } from "../wireDate.js";
import type { PushMessage } from "./pushMessages.js";

/** A finished push as `GET /push/1/reports` hands it out: an OMNI report with channel PUSH. */
export function toPushReport(message: PushMessage): DeliveryReport {
  return {
    bulkId: message.bulkId,
    messageId: message.messageId,
    to: message.to,
    sentAt: wireDate(message.sentAt),
    doneAt: wireDate(message.doneAt ?? message.sentAt),
    messageCount: 1,
    price: message.price,
    status: message.status,
    error: message.error,
    channel: "PUSH",
    callbackData: message.callbackData,
  };
}
