import type { SandboxSeed } from "../../src/sandbox/index.js";

/** The application code of the OpenAPI document's push examples. */
export const APP = "F5E6B95AFBEDEC426344318E1BD3D42E";

/**
 * A device set on which every targeting example of mobile-push-api.md picks a different,
 * known group: Alice has three devices (one primary), Bob one, Carol turned notifications off,
 * one iPhone is linked to nobody, Dave uninstalled the app, Erin's cloud fails, and one device
 * of Alice belongs to another application and must never be reached.
 */
export const PUSH_DEVICES: NonNullable<SandboxSeed["devices"]> = [
  {
    pushRegistrationId: "REG-ALICE-IPHONE",
    applicationCode: APP,
    primary: true,
    externalUserId: "customer_21234",
    phoneNumber: "441134960001",
    email: "alice@example.com",
    platform: "iOS",
    customAttributes: { DeviceType: "personal" },
  },
  {
    pushRegistrationId: "REG-ALICE-IPAD",
    applicationCode: APP,
    externalUserId: "customer_21234",
    phoneNumber: "441134960001",
    platform: "iOS",
    customAttributes: { DeviceType: "business" },
    seesNotifications: false,
  },
  {
    pushRegistrationId: "REG-ALICE-ANDROID",
    applicationCode: APP,
    phoneNumber: "441134960001",
    platform: "Android",
    customAttributes: { DeviceType: "personal" },
  },
  {
    pushRegistrationId: "REG-BOB-PIXEL",
    applicationCode: APP,
    primary: true,
    externalUserId: "customer_21235",
    phoneNumber: "441134960002",
    platform: "Android",
    customAttributes: { DeviceType: "business" },
  },
  {
    pushRegistrationId: "REG-CAROL-IPHONE",
    applicationCode: APP,
    primary: true,
    externalUserId: "customer_21236",
    phoneNumber: "441134960003",
    platform: "iOS",
    notificationsEnabled: false,
    customAttributes: { DeviceType: "kiosk" },
  },
  {
    pushRegistrationId: "REG-ANON-IPHONE",
    applicationCode: APP,
    platform: "iOS",
    customAttributes: { DeviceType: "personal" },
  },
  {
    pushRegistrationId: "REG-DAVE-IPHONE",
    applicationCode: APP,
    primary: true,
    externalUserId: "customer_21237",
    platform: "iOS",
    reach: "UNINSTALLED",
    customAttributes: { DeviceType: "personal" },
  },
  {
    pushRegistrationId: "REG-ERIN-ANDROID",
    applicationCode: APP,
    primary: true,
    externalUserId: "customer_21238",
    platform: "Android",
    reach: "CLOUD_FAILURE",
  },
  {
    pushRegistrationId: "REG-FRANK-TABLET",
    applicationCode: APP,
    phoneNumber: "441134960004",
    platform: "Android",
  },
  {
    pushRegistrationId: "REG-ALICE-OTHER-APP",
    applicationCode: "0000OTHERAPP0000",
    primary: true,
    externalUserId: "customer_21234",
    phoneNumber: "441134960001",
    platform: "iOS",
  },
];
