import type { Channel } from "../../domain/channel.js";
import { selectDevices } from "../../domain/pushTargeting.js";
import type { ContactStore, Reach, Reachability, StepContext } from "../contacts.js";
import type { DeviceStore } from "../devices.js";
import type { Outcome } from "../outcomes.js";
import { fateOf } from "./deviceFate.js";

/**
 * Reachability of a scenario step. PUSH reaches the installations linked to the destination's
 * phone number in the step's application: the step delivers when one of them shows it, waits
 * when one may still show it, and otherwise fails (with the device's own error when there is a
 * device, as absent subscriber when there is none, so the scenario fails over at once).
 */
export class PushAwareReachability implements Reachability {
  constructor(
    private readonly contacts: ContactStore,
    private readonly devices: DeviceStore,
  ) {}

  reach(channel: Channel, address: string, step: StepContext): Reach | Outcome {
    if (channel !== "PUSH") return this.contacts.reach(channel, address);
    const eligible = selectDevices(
      this.devices.values(),
      { type: "PHONE_NUMBER", phoneNumber: address },
      {
        ...(step.from !== undefined ? { applicationCode: step.from } : {}),
        targetOnlyPrimaryDevices: step.fields.targetOnlyPrimaryDevices === true,
        includeNotificationsDisabledDevices:
          step.fields.includeNotificationsDisabledDevices === true,
      },
    );
    const fates = eligible.map(fateOf);
    if (fates.includes("DELIVER")) return "ONLINE";
    if (fates.includes("WAIT")) return "OFFLINE";
    return fates.find((f): f is Outcome => typeof f !== "string") ?? "UNREACHABLE";
  }
}
