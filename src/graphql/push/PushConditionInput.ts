import { Field, InputType } from "type-graphql";
import { EmailAddress } from "../scalars/EmailAddress.js";
import { Msisdn } from "../scalars/Msisdn.js";
import { PushCustomAttributeInput } from "./PushCustomAttributeInput.js";
import { PushPlatform } from "./PushPlatform.js";

/**
 * One `{attribute: value}` item of a segment's and / or. Exactly one field must be set: the
 * documented device attributes and the person's identifiers are typed, anything else is custom.
 */
@InputType({
  description:
    "One attribute and the value it must have, e.g. { platform: IOS }; set exactly one field.",
})
export class PushConditionInput {
  @Field(() => PushPlatform, { nullable: true, description: "The device's operating system." })
  platform?: PushPlatform;

  @Field({ nullable: true, description: "Mobile SDK version." })
  sdkVersion?: string;

  @Field({ nullable: true, description: "Operating system version." })
  osVersion?: string;

  @Field({ nullable: true, description: "e.g. Apple, Samsung." })
  deviceManufacturer?: string;

  @Field({ nullable: true, description: "e.g. iPhone 6, LG-D855." })
  deviceModel?: string;

  @Field({ nullable: true, description: "Version of the app installed." })
  applicationVersion?: string;

  @Field({
    nullable: true,
    description: "The language set on the device; the app may override it.",
  })
  osLanguage?: string;

  @Field({ nullable: true, description: "A passcode or biometrics is set on the device." })
  deviceSecure?: boolean;

  @Field({ nullable: true, description: "true: only devices with notifications enabled." })
  notificationsEnabled?: boolean;

  @Field({ nullable: true, description: "One installation of the app on one device." })
  pushRegistrationId?: string;

  @Field({ nullable: true, description: "External user ID set in the person profile." })
  externalUserId?: string;

  @Field(() => Msisdn, {
    nullable: true,
    description: "The phone number in the person profile of the installation.",
  })
  phoneNumber?: string;

  @Field(() => EmailAddress, {
    nullable: true,
    description: "The e-mail address in the person profile of the installation.",
  })
  email?: string;

  @Field(() => PushCustomAttributeInput, {
    nullable: true,
    description: "An installation custom attribute set over the Mobile SDK.",
  })
  custom?: PushCustomAttributeInput;
}
