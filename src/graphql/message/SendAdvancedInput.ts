import { DateTimeResolver, URLResolver } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { ChannelContentInput } from "./content/ChannelContentInput.js";
import { EmailContentInput } from "./content/EmailContentInput.js";
import { PushContentInput } from "./content/PushContentInput.js";
import { SmsContentInput } from "./content/SmsContentInput.js";
import { ViberContentInput } from "./content/ViberContentInput.js";
import { VKontakteContentInput } from "./content/VKontakteContentInput.js";
import { VoiceContentInput } from "./content/VoiceContentInput.js";
import { DestinationInput } from "./DestinationInput.js";

@InputType({
  description:
    "Content per channel; each step of the scenario uses its channel's content. Checked before anything is sent: every step needs content, every channel object needs a step, and each field its documented limits; planSend shows the resulting failover timeline without sending.",
})
export class SendAdvancedInput {
  @Field(() => ID, { nullable: true, description: "Defaults to the default scenario." })
  scenarioKey?: string;

  @Field({ nullable: true })
  bulkId?: string;

  @Field(() => [DestinationInput])
  destinations!: DestinationInput[];

  @Field({
    nullable: true,
    description:
      "Sent by every step whose channel object has no text of its own (the docs' top-level text).",
  })
  text?: string;

  @Field(() => SmsContentInput, { nullable: true })
  sms?: SmsContentInput;

  @Field(() => VoiceContentInput, { nullable: true })
  voice?: VoiceContentInput;

  @Field(() => ViberContentInput, { nullable: true })
  viber?: ViberContentInput;

  @Field(() => ChannelContentInput, { nullable: true })
  facebook?: ChannelContentInput;

  @Field(() => EmailContentInput, { nullable: true })
  email?: EmailContentInput;

  @Field(() => PushContentInput, { nullable: true })
  push?: PushContentInput;

  @Field(() => ChannelContentInput, { nullable: true })
  parseco?: ChannelContentInput;

  @Field(() => VKontakteContentInput, { nullable: true })
  vKontakte?: VKontakteContentInput;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: "Delays the first step; less than 180 days ahead.",
  })
  sendAt?: Date;

  @Field(() => URLResolver, { nullable: true, description: "Where OMNI posts delivery reports." })
  notifyUrl?: URL;

  @Field({ nullable: true, description: "application/json or application/xml." })
  notifyContentType?: string;

  @Field({ nullable: true, description: "Returned in delivery reports; up to 4000 characters." })
  callbackData?: string;

  @Field({ nullable: true, description: "Also report intermediate statuses." })
  intermediateReport?: boolean;

  @Field({
    nullable: true,
    description:
      "Makes retries safe: for 24 h, a repeat with the same key and input returns the first result and sends nothing.",
  })
  idempotencyKey?: string;
}
