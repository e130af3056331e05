import { Field, InputType, ObjectType } from "type-graphql";
import type { Channel as ChannelName } from "../../domain/channel.js";
import { Channel } from "../common/enums.js";

@ObjectType({
  simpleResolvers: true,
  description: "One step of a scenario: a channel and the sender it uses.",
})
export class ScenarioStep {
  @Field(() => Channel, { description: "The channel the step sends on." })
  channel!: ChannelName;

  @Field({
    nullable: true,
    description:
      "Sender for the channel (OMNI's from): SMS sender id, e-mail address, push application code, …; null when the step names none.",
  })
  from?: string;
}

@InputType({ description: "One step of a scenario: a channel and the sender it uses." })
export class ScenarioStepInput {
  @Field(() => Channel, { description: "The channel the step sends on." })
  channel!: ChannelName;

  @Field({
    nullable: true,
    description:
      "Sender for the channel (OMNI's from): SMS sender id, e-mail address, Viber service id, push application code, …",
  })
  from?: string;
}
