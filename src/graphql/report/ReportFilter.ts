import { Field, ID, InputType, Int } from "type-graphql";
import type { Channel as ChannelName } from "../../domain/channel.js";
import { Channel } from "../common/enums.js";

@InputType()
export class ReportFilter {
  @Field({ nullable: true })
  bulkId?: string;

  @Field(() => [ID], { nullable: true })
  messageIds?: string[];

  @Field(() => Channel, { nullable: true })
  channel?: ChannelName;

  @Field(() => Int, { defaultValue: 50, description: "1 to 1000." })
  limit!: number;
}
