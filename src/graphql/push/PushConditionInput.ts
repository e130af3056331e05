import { Field, InputType } from "type-graphql";
import { EmailAddress } from "../scalars/EmailAddress.js";
import { Msisdn } from "../scalars/Msisdn.js";
import { PushCustomAttributeInput } from "./PushCustomAttributeInput.js";
import { PushPlatform } from "./PushPlatform.js";

/**
 * One `{attribute: value}` item of a segment's and / or. Exactly one field must be set: the
 * documented device attributes and the person's identifiers are typed, anything else is custom.
 */
@InputType()
export class PushConditionInput {
  @Field(() => PushPlatform, { nullable: true })
  platform?: PushPlatform;

  @Field({ nullable: true, description: "Mobile SDK version." })
  sdkVersion?: string;

  @Field({ nullable: true })
  osVersion?: string;

  @Field({ nullable: true, description: "e.g. Apple, Samsung." })
  deviceManufacturer?: string;

  @Field({ nullable: true, description: "e.g. iPhone 6, LG-D855." })
  deviceModel?: string;

  @Field({ nullable: true })
  applicationVersion?: string;

  @Field({ nullable: true })
  osLanguage?: string;

  @Field({ nullable: true, description: "A passcode or biometrics is set on the device." })
  deviceSecure?: boolean;

  @Field({ nullable: true, description: "true: only devices with notifications enabled." })
  notificationsEnabled?: boolean;

  @Field({ nullable: true })
  pushRegistrationId?: string;

  @Field({ nullable: true })
  externalUserId?: string;

  @Field(() => Msisdn, { nullable: true })
  phoneNumber?: string;

  @Field(() => EmailAddress, { nullable: true })
  email?: string;

  @Field(() => PushCustomAttributeInput, { nullable: true })
  custom?: PushCustomAttributeInput;
}
