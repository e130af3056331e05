import { JSONObjectResolver } from "graphql-scalars";
import { Field, InputType } from "type-graphql";
import { ChannelContentInput } from "./ChannelContentInput.js";
import { PushNotificationOptionsInput } from "./PushNotificationOptionsInput.js";

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
