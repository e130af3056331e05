import { Field, InputType, ObjectType } from "type-graphql";
import type { Channel as ChannelName } from "../../domain/channel.js";
import { Channel } from "../common/enums.js";

@ObjectType({ description: "One step of a scenario: a channel and the sender it uses." })
export class ScenarioStep {
  @Field(() => Channel)
  channel!: ChannelName;

  @Field({
    nullable: true,
    description: "Sender for the channel: SMS sender id, e-mail address, push application code, …",
  })
  from?: string;
}

@InputType()
export class ScenarioStepInput {
  @Field(() => Channel)
  channel!: ChannelName;

  @Field({ nullable: true })
  from?: string;
}
