/**
 * Message status catalogue (Infobip "response status and error codes"; ids confirmed in
 * ../shared/reference/omni-api.md §5.2). Descriptions are the exact strings of the API examples.
 */
export const STATUS_GROUPS = [
  "PENDING",
  "UNDELIVERABLE",
  "DELIVERED",
  "EXPIRED",
  "REJECTED",
] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];

const GROUP_ID: Record<StatusGroup, number> = {
  PENDING: 1,
  UNDELIVERABLE: 2,
  DELIVERED: 3,
  EXPIRED: 4,
  REJECTED: 5,
};

export interface MessageStatus {
  groupId: number;
  groupName: StatusGroup;
  id: number;
  name: string;
  description: string;
}

function status(group: StatusGroup, id: number, name: string, description: string): MessageStatus {
  return { groupId: GROUP_ID[group], groupName: group, id, name, description };
}

export const STATUS = {
  PENDING_WAITING_DELIVERY: status(
    "PENDING",
    3,
    "PENDING_WAITING_DELIVERY",
    "Message sent, waiting for delivery report",
  ),
  PENDING_ENROUTE: status("PENDING", 7, "PENDING_ENROUTE", "Message sent to next instance"),
  PENDING_ACCEPTED: status(
    "PENDING",
    26,
    "PENDING_ACCEPTED",
    "Message accepted, pending for delivery",
  ),
  UNDELIVERABLE_REJECTED_OPERATOR: status(
    "UNDELIVERABLE",
    4,
    "UNDELIVERABLE_REJECTED_OPERATOR",
    "Message rejected by operator",
  ),
  UNDELIVERABLE_NOT_DELIVERED: status(
    "UNDELIVERABLE",
    9,
    "UNDELIVERABLE_NOT_DELIVERED",
    "Message sent not delivered",
  ),
  UNDELIVERABLE_NO_DESTINATION: status(
    "UNDELIVERABLE",
    66,
    "UNDELIVERABLE_NO_DESTINATION",
    "No destination for the message",
  ),
  DELIVERED_TO_OPERATOR: status(
    "DELIVERED",
    2,
    "DELIVERED_TO_OPERATOR",
    "Message delivered to operator",
  ),
  DELIVERED_TO_HANDSET: status(
    "DELIVERED",
    5,
    "DELIVERED_TO_HANDSET",
    "Message delivered to handset",
  ),
  EXPIRED_EXPIRED: status("EXPIRED", 15, "EXPIRED_EXPIRED", "Message expired"),
  EXPIRED_DLR_UNKNOWN: status(
    "EXPIRED",
    29,
    "EXPIRED_DLR_UNKNOWN",
    "Message expired, delivery report unknown",
  ),
  REJECTED_NETWORK: status("REJECTED", 6, "REJECTED_NETWORK", "Network is forbidden"),
  REJECTED_DESTINATION_NOT_REGISTERED: status(
    "REJECTED",
    18,
    "REJECTED_DESTINATION_NOT_REGISTERED",
    "Destination not registered",
  ),
  REJECTED_ROUTE_NOT_AVAILABLE: status(
    "REJECTED",
    19,
    "REJECTED_ROUTE_NOT_AVAILABLE",
    "Route not available",
  ),
  REJECTED_DESTINATION: status(
    "REJECTED",
    52,
    "REJECTED_DESTINATION",
    "Invalid destination address",
  ),
  REJECTED_NO_CONTENT: status("REJECTED", 69, "REJECTED_NO_CONTENT", "Message has no content"),
  REJECTED_NO_APPLICATION: status(
    "REJECTED",
    65,
    "REJECTED_NO_APPLICATION",
    "No application for the given application code",
  ),
} as const satisfies Record<string, MessageStatus>;

/** A message in one of these groups will not change any more. */
export function isFinal(status: Pick<MessageStatus, "groupName">): boolean {
  return status.groupName !== "PENDING";
}
