import { DELIVERY_ERROR, type DeliveryError } from "../domain/deliveryError.js";
import { STATUS, type MessageStatus } from "../domain/status.js";
import type { WireLog, WireReport } from "../omni/wire.js";

/**
 * The report a finished attempt's log row stands for. Logs carry status, price and times but no
 * `error` object (and no callbackData): the error is derived where the status implies one
 * (a delivery had none, an expiry is the validity running out), and left out otherwise rather
 * than guessed. The store marks such reports as coming from the logs.
 */
export function reportFromLog(log: WireLog): WireReport {
  const error = errorImpliedBy(log.status);
  return {
    ...(log.bulkId !== undefined && { bulkId: log.bulkId }),
    messageId: log.messageId,
    to: log.to,
    sentAt: log.sentAt,
    doneAt: log.doneAt ?? log.sentAt,
    messageCount: log.messageCount,
    ...(log.mccMnc !== undefined && { mccMnc: log.mccMnc }),
    ...(log.price !== undefined && { price: log.price }),
    status: log.status,
    ...(error && { error }),
    channel: log.channel,
  };
}

function errorImpliedBy(status: MessageStatus): DeliveryError | undefined {
  if (status.groupName === "DELIVERED") return DELIVERY_ERROR.NO_ERROR;
  if (status.id === STATUS.EXPIRED_EXPIRED.id) return DELIVERY_ERROR.EC_VALIDITY_EXPIRED;
  return undefined;
}
