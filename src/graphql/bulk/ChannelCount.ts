import { Field, Int, ObjectType } from "type-graphql";
import type { Channel as ChannelName } from "../../domain/channel.js";
import { Channel } from "../common/enums.js";
import { Shareable } from "../common/Shareable.js";

@Shareable()
@ObjectType({ simpleResolvers: true, description: "Finished attempts of a bulk on one channel." })
export class ChannelCount {
  @Field(() => Channel, { description: "The channel counted." })
  channel!: ChannelName;

  @Field(() => Int, { description: "Attempts on this channel that have ended." })
  attempts!: number;

  @Field(() => Int, { description: "Of those, how many delivered." })
  delivered!: number;
}
