import { z } from "zod";
import { isEmailAddress, isMsisdn } from "../domain/address.js";
import { isStandardAttribute, PUSH_PLATFORMS, type TargetDevice } from "../domain/pushTargeting.js";

/**
 * How an installation answers a push: ONLINE shows it, OFFLINE never comes back before the
 * validity period ends, UNINSTALLED is a dead registration, CLOUD_FAILURE is FCM or APNS
 * refusing the message.
 */
export const DEVICE_REACHES = ["ONLINE", "OFFLINE", "UNINSTALLED", "CLOUD_FAILURE"] as const;
export type DeviceReach = (typeof DEVICE_REACHES)[number];

const customAttributesSchema = z
  .record(z.string().min(1), z.union([z.string(), z.boolean()]))
  .refine((attributes) => Object.keys(attributes).every((name) => !isStandardAttribute(name)), {
    message: "a custom attribute cannot reuse a standard attribute's name",
  });

/** An installation as People shows it: the standard attributes flat, custom ones apart. */
export const deviceInputSchema = z.object({
  applicationCode: z.string().min(1),
  primary: z.boolean().default(false),
  notificationsEnabled: z.boolean().default(true),
  externalUserId: z.string().min(1).optional(),
  phoneNumber: z.string().refine(isMsisdn, "must be an international number without +").optional(),
  email: z.string().refine(isEmailAddress, "must be an e-mail address").optional(),
  platform: z.enum(PUSH_PLATFORMS).optional(),
  sdkVersion: z.string().optional(),
  osVersion: z.string().optional(),
  deviceManufacturer: z.string().optional(),
  deviceModel: z.string().optional(),
  applicationVersion: z.string().optional(),
  osLanguage: z.string().optional(),
  deviceSecure: z.boolean().optional(),
  customAttributes: customAttributesSchema.default({}),
  reach: z.enum(DEVICE_REACHES).default("ONLINE"),
  /** Whether the user opens what is shown, so "seen" follows delivery. */
  seesNotifications: z.boolean().default(true),
});

export const deviceSeedSchema = deviceInputSchema.extend({
  pushRegistrationId: z.string().min(1),
});

export type DeviceSeed = z.input<typeof deviceSeedSchema>;
export type Device = z.output<typeof deviceSeedSchema> & TargetDevice;

/** Push installations by registration id, in registration order. */
export class DeviceStore {
  private readonly byId = new Map<string, Device>();

  list(): Device[] {
    return [...this.byId.values()];
  }

  get(pushRegistrationId: string): Device | undefined {
    return this.byId.get(pushRegistrationId);
  }

  put(device: Device): Device {
    this.byId.set(device.pushRegistrationId, device);
    return device;
  }

  delete(pushRegistrationId: string): boolean {
    return this.byId.delete(pushRegistrationId);
  }

  clear(): void {
    this.byId.clear();
  }

  values(): IterableIterator<Device> {
    return this.byId.values();
  }
}
