import { DELIVERY_ERROR, type DeliveryError } from "../domain/deliveryError.js";
import { STATUS, type MessageStatus } from "../domain/status.js";

export interface Outcome {
  status: MessageStatus;
  error: DeliveryError;
}

/**
 * How a step ends in the sandbox. Unreachable follows the OMNI documentation's PUSH-SMS and
 * VK-SMS report examples (UNDELIVERABLE_NOT_DELIVERED with EC_ABSENT_SUBSCRIBER_SM); the
 * address cases follow the status catalogue's own descriptions.
 */
export const OUTCOME = {
  delivered: { status: STATUS.DELIVERED_TO_HANDSET, error: DELIVERY_ERROR.NO_ERROR },
  expired: { status: STATUS.EXPIRED_EXPIRED, error: DELIVERY_ERROR.EC_VALIDITY_EXPIRED },
  unreachable: {
    status: STATUS.UNDELIVERABLE_NOT_DELIVERED,
    error: DELIVERY_ERROR.EC_ABSENT_SUBSCRIBER_SM,
  },
  noContent: { status: STATUS.REJECTED_NO_CONTENT, error: DELIVERY_ERROR.NO_ERROR },
  noAddress: { status: STATUS.UNDELIVERABLE_NO_DESTINATION, error: DELIVERY_ERROR.NO_ERROR },
  invalidAddress: {
    status: STATUS.REJECTED_DESTINATION,
    error: DELIVERY_ERROR.EC_INVALID_DESTINATION_ADDRESS,
  },
} as const satisfies Record<string, Outcome>;
