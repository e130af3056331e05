import { DateTimeResolver, URLResolver } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { MAX_DESTINATIONS, MAX_ID_LENGTH } from "../../domain/sendRules.js";
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

  @Field({
    nullable: true,
    description: `Your id for the send (OMNI's bulkId), up to ${MAX_ID_LENGTH} characters; OMNI assigns one to a send to several destinations.`,
  })
  bulkId?: string;

  @Field(() => [DestinationInput], {
    description: `Who gets the message: 1 to ${MAX_DESTINATIONS} destinations, one message each.`,
  })
  destinations!: DestinationInput[];

  @Field({
    nullable: true,
    description:
      "Sent by every step whose channel object has no text of its own (the docs' top-level text).",
  })
  text?: string;

  @Field(() => SmsContentInput, {
    nullable: true,
    description: "What SMS steps send (OMNI's sms); only with an SMS step in the scenario.",
  })
  sms?: SmsContentInput;

  @Field(() => VoiceContentInput, {
    nullable: true,
    description:
      "What VOICE steps read out (OMNI's voice); only with a VOICE step in the scenario.",
  })
  voice?: VoiceContentInput;

  @Field(() => ViberContentInput, {
    nullable: true,
    description: "What VIBER steps send (OMNI's viber); only with a VIBER step in the scenario.",
  })
  viber?: ViberContentInput;

  @Field(() => ChannelContentInput, {
    nullable: true,
    description:
      "What FACEBOOK steps send (OMNI's facebook), text up to 1000 characters; only with a FACEBOOK step in the scenario.",
  })
  facebook?: ChannelContentInput;

  @Field(() => EmailContentInput, {
    nullable: true,
    description: "What EMAIL steps send (OMNI's email); only with an EMAIL step in the scenario.",
  })
  email?: EmailContentInput;

  @Field(() => PushContentInput, {
    nullable: true,
    description: "What PUSH steps send (OMNI's push); only with a PUSH step in the scenario.",
  })
  push?: PushContentInput;

  @Field(() => ChannelContentInput, {
    nullable: true,
    description:
      "What PARSECO steps send (OMNI's parseco); only with a PARSECO step in the scenario.",
  })
  parseco?: ChannelContentInput;

  @Field(() => VKontakteContentInput, {
    nullable: true,
    description:
      "What VKONTAKTE steps send (OMNI's vKontakte); only with a VKONTAKTE step in the scenario.",
  })
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
