import { JSONObjectResolver } from "graphql-scalars";
import { Field, InputType } from "type-graphql";
import {
  MAX_CUSTOM_PAYLOAD_BYTES,
  MAX_CUSTOM_PAYLOAD_DEPTH,
} from "../../../domain/inputHygiene.js";
import { MAX_OMNI_PUSH_TITLE, MAX_PUSH_TEXT } from "../../../domain/pushLimits.js";
import { ChannelContentInput } from "./ChannelContentInput.js";
import { PushNotificationOptionsInput } from "./PushNotificationOptionsInput.js";

@InputType({
  description: `Content of PUSH steps: a notification of up to ${MAX_PUSH_TEXT} characters to the app installations of the destination's person.`,
})
export class PushContentInput extends ChannelContentInput {
  @Field(() => JSONObjectResolver, {
    nullable: true,
    description: `Free data delivered to the app with the push (OMNI's customPayload): at most ${MAX_CUSTOM_PAYLOAD_BYTES} bytes as JSON, ${MAX_CUSTOM_PAYLOAD_DEPTH} levels deep.`,
  })
  customPayload?: Record<string, unknown>;

  @Field(() => PushNotificationOptionsInput, {
    nullable: true,
    description: `How the device shows and signals the push (OMNI's notificationOptions); title up to ${MAX_OMNI_PUSH_TITLE} characters.`,
  })
  notificationOptions?: PushNotificationOptionsInput;

  @Field({
    nullable: true,
    description:
      "Only the person's devices marked primary get the push; by default all of them do.",
  })
  targetOnlyPrimaryDevices?: boolean;

  @Field({
    nullable: true,
    description:
      "Also send to devices whose user turned notifications off; by default they are left out.",
  })
  includeNotificationsDisabledDevices?: boolean;
}
