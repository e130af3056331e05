import { Field, ID, InputType } from "type-graphql";
import { DestinationInput } from "./DestinationInput.js";

@InputType({ description: "One text for every step of the scenario." })
export class SendTextInput {
  @Field(() => ID, { nullable: true, description: "Defaults to the default scenario." })
  scenarioKey?: string;

  @Field({ nullable: true })
  bulkId?: string;

  @Field(() => [DestinationInput])
  destinations!: DestinationInput[];

  @Field()
  text!: string;

  @Field({
    nullable: true,
    description:
      "Makes retries safe: for 24 h, a repeat with the same key and input returns the first result and sends nothing.",
  })
  idempotencyKey?: string;
}
