import { registerEnumType } from "type-graphql";

/** GraphQL names for the platform values the docs accept ("Android", "iOS"), plus Huawei's SDK. */
export enum PushPlatform {
  ANDROID = "Android",
  IOS = "iOS",
  HUAWEI = "Huawei",
}
registerEnumType(PushPlatform, { name: "PushPlatform" });
