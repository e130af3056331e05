import { registerEnumType } from "type-graphql";

/** GraphQL names for the platform values the docs accept ("Android", "iOS"), plus Huawei's SDK. */
export enum PushPlatform {
  ANDROID = "Android",
  IOS = "iOS",
  HUAWEI = "Huawei",
}
registerEnumType(PushPlatform, {
  name: "PushPlatform",
  description:
    "The operating system of an app installation (the platform attribute: Android, iOS or Huawei).",
  valuesConfig: {
    ANDROID: { description: "Android devices." },
    IOS: { description: "Apple iOS devices." },
    HUAWEI: { description: "Huawei devices, with Huawei's Mobile SDK." },
  },
});
