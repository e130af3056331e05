/**
 * Delivery error catalogue (error groups 0 OK, 1 HANDSET_ERRORS, 2 USER_ERRORS, 3 OPERATOR_ERRORS;
 * ids and permanence from ../shared/reference/omni-api.md §5.3).
 */
export interface DeliveryError {
  groupId: number;
  groupName: string;
  id: number;
  name: string;
  description: string;
  permanent: boolean;
}

const GROUPS = { OK: 0, HANDSET_ERRORS: 1, USER_ERRORS: 2, OPERATOR_ERRORS: 3 } as const;

function error(
  group: keyof typeof GROUPS,
  id: number,
  name: string,
  description: string,
  permanent: boolean,
): DeliveryError {
  return { groupId: GROUPS[group], groupName: group, id, name, description, permanent };
}

export const DELIVERY_ERROR = {
  NO_ERROR: error("OK", 0, "NO_ERROR", "No Error", false),
  EC_UNKNOWN_SUBSCRIBER: error(
    "HANDSET_ERRORS",
    1,
    "EC_UNKNOWN_SUBSCRIBER",
    "Unknown Subscriber",
    true,
  ),
  EC_ABSENT_SUBSCRIBER_SM: error(
    "HANDSET_ERRORS",
    6,
    "EC_ABSENT_SUBSCRIBER_SM",
    "Absent Subscriber",
    false,
  ),
  EC_ABSENT_SUBSCRIBER: error(
    "HANDSET_ERRORS",
    27,
    "EC_ABSENT_SUBSCRIBER",
    "Absent Subscriber",
    false,
  ),
  EC_INVALID_DESTINATION_ADDRESS: error(
    "USER_ERRORS",
    351,
    "EC_INVALID_DESTINATION_ADDRESS",
    "Invalid destination address",
    false,
  ),
  EC_VALIDITY_EXPIRED: error("USER_ERRORS", 4101, "EC_VALIDITY_EXPIRED", "Validity expired", true),
  EC_DEVICE_APP_UNINSTALL: error(
    "HANDSET_ERRORS",
    8001,
    "EC_DEVICE_APP_UNINSTALL",
    "Application uninstalled from the device",
    true,
  ),
  EC_NO_REGISTRATION_ID_FOUND: error(
    "HANDSET_ERRORS",
    8004,
    "EC_NO_REGISTRATION_ID_FOUND",
    "No registration id found",
    true,
  ),
  EC_SYS_ERROR_FROM_CLOUD: error(
    "OPERATOR_ERRORS",
    8005,
    "EC_SYS_ERROR_FROM_CLOUD",
    "System error from the push cloud",
    true,
  ),
} as const satisfies Record<string, DeliveryError>;
