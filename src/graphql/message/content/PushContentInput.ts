import { JSONObjectResolver, URLResolver } from "graphql-scalars";
import { Field, InputType, Int, registerEnumType } from "type-graphql";
import { ChannelContentInput } from "./ChannelContentInput.js";

export enum InAppStyle {
  MODAL = "MODAL",
  BANNER = "BANNER",
}
registerEnumType(InAppStyle, { name: "InAppStyle" });

@InputType({
  description: "How the device alerts the user (push-sms-example.md, notification options).",
})
export class PushNotificationOptionsInput {
  @Field({ nullable: true })
  title?: string;

  @Field({ nullable: true })
  vibrationEnabled?: boolean;

  @Field({ nullable: true })
  soundEnabled?: boolean;

  @Field({ nullable: true })
  soundName?: string;

  @Field(() => Int, { nullable: true })
  badge?: number;

  @Field(() => URLResolver, { nullable: true })
  contentUrl?: URL;

  @Field({ nullable: true })
  category?: string;

  @Field(() => InAppStyle, { nullable: true })
  inAppStyle?: InAppStyle;

  @Field({ nullable: true })
  isSilent?: boolean;
}

@InputType()
export class PushContentInput extends ChannelContentInput {
  @Field(() => JSONObjectResolver, {
    nullable: true,
    description: "Free data delivered with the push.",
  })
  customPayload?: Record<string, unknown>;

  @Field(() => PushNotificationOptionsInput, { nullable: true })
  notificationOptions?: PushNotificationOptionsInput;

  @Field({ nullable: true })
  targetOnlyPrimaryDevices?: boolean;

  @Field({ nullable: true })
  includeNotificationsDisabledDevices?: boolean;
}
