import { Field, ID, InputType } from "type-graphql";
import { MAX_DESTINATIONS, MAX_ID_LENGTH } from "../../domain/sendRules.js";
import { DestinationInput } from "./DestinationInput.js";

@InputType({ description: "One text for every step of the scenario." })
export class SendTextInput {
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
    description:
      "Sent by every step of the scenario (OMNI's text); not empty, and at most 1000 characters for Viber and Facebook steps, 4000 for push.",
  })
  text!: string;

  @Field({
    nullable: true,
    description:
      "Makes retries safe: for 24 h, a repeat with the same key and input returns the first result and sends nothing.",
  })
  idempotencyKey?: string;
}
