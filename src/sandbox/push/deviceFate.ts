import { DELIVERY_ERROR } from "../../domain/deliveryError.js";
import { STATUS } from "../../domain/status.js";
import type { Device } from "../devices.js";
import type { Outcome } from "../outcomes.js";

/** A dead registration (the app was uninstalled): counted as a registration error. */
export const UNINSTALLED: Outcome = {
  status: STATUS.UNDELIVERABLE_NOT_DELIVERED,
  error: DELIVERY_ERROR.EC_DEVICE_APP_UNINSTALL,
};

/** FCM or APNS refused the message: counted as a cloud error. */
export const CLOUD_FAILURE: Outcome = {
  status: STATUS.UNDELIVERABLE_NOT_DELIVERED,
  error: DELIVERY_ERROR.EC_SYS_ERROR_FROM_CLOUD,
};

/** The destination resolved to no installation (the push status catalogue's status 66). */
export const NO_DEVICE: Outcome = {
  status: STATUS.UNDELIVERABLE_NO_DESTINATION,
  error: DELIVERY_ERROR.NO_ERROR,
};

export type Fate = "DELIVER" | "WAIT" | Outcome;

/**
 * What one installation does with a push. A device with notifications off never shows it, so
 * the push waits out its validity and expires: the statistics docs count exactly those users
 * under `expired`.
 */
export function fateOf(device: Device): Fate {
  switch (device.reach) {
    case "UNINSTALLED":
      return UNINSTALLED;
    case "CLOUD_FAILURE":
      return CLOUD_FAILURE;
    case "OFFLINE":
      return "WAIT";
    case "ONLINE":
      return device.notificationsEnabled ? "DELIVER" : "WAIT";
  }
}
