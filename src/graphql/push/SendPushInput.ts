import { DateTimeResolver, JSONObjectResolver } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { MAX_CUSTOM_PAYLOAD_BYTES, MAX_CUSTOM_PAYLOAD_DEPTH } from "../../domain/inputHygiene.js";
import { MAX_PUSH_DESTINATIONS } from "./pushSendRequest.js";
import type { TimeUnit as TimeUnitName } from "../../domain/validityPeriod.js";
import { TimeUnit } from "../common/enums.js";
import { PushNotificationOptionsInput } from "../message/content/PushNotificationOptionsInput.js";
import { PushDestinationInput } from "./PushDestinationInput.js";

@InputType({
  description:
    "A push over the Mobile Push API (POST /push/3/messages), outside any scenario: no failover.",
})
export class SendPushInput {
  @Field({ description: "Application code (or ID) of the mobile application profile." })
  applicationCode!: string;

  @Field(() => [PushDestinationInput], {
    description: `Who gets the push: 1 to ${MAX_PUSH_DESTINATIONS} destinations.`,
  })
  destinations!: PushDestinationInput[];

  @Field({ description: "1 to 4000 characters." })
  text!: string;

  @Field(() => PushNotificationOptionsInput, {
    nullable: true,
    description:
      "Title (up to 50 characters here), image (contentUrl), sound, badge, silent, and the mirrored in-app message.",
  })
  notificationOptions?: PushNotificationOptionsInput;

  @Field(() => JSONObjectResolver, {
    nullable: true,
    description: `Free data delivered to the app with the push: at most ${MAX_CUSTOM_PAYLOAD_BYTES} bytes as JSON, ${MAX_CUSTOM_PAYLOAD_DEPTH} levels deep.`,
  })
  customPayload?: Record<string, unknown>;

  @Field(() => Int, { nullable: true, description: "At least 30 s; above 48 h is clamped." })
  validityPeriod?: number;

  @Field(() => TimeUnit, { nullable: true, description: "Defaults to MINUTES." })
  validityPeriodTimeUnit?: TimeUnitName;

  @Field(() => DateTimeResolver, { nullable: true, description: "At most 180 days ahead." })
  sendAt?: Date;

  @Field({
    nullable: true,
    description: "Returned in every delivery report; up to 4000 characters.",
  })
  callbackData?: string;

  @Field(() => ID, {
    nullable: true,
    description: "Defaults to one the gateway makes up, so a lost answer can still be looked up.",
  })
  bulkId?: string;

  @Field({
    nullable: true,
    description:
      "Makes retries safe: for 24 h, a repeat with the same key and input returns the first result and sends nothing.",
  })
  idempotencyKey?: string;
}
