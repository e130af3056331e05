import { Field, ID, InputType, Int } from "type-graphql";
import type { Channel as ChannelName } from "../../domain/channel.js";
import { MAX_FILTER_IDS } from "../common/limits.js";
import { Channel } from "../common/enums.js";

@InputType({ description: "Filters over the stored delivery reports; all given must match." })
export class ReportFilter {
  @Field({ nullable: true, description: "Reports of this bulk's messages (OMNI's bulkId)." })
  bulkId?: string;

  @Field(() => [ID], {
    nullable: true,
    description: `Reports of these messages (OMNI's messageId), at most ${MAX_FILTER_IDS}.`,
  })
  messageIds?: string[];

  @Field(() => Channel, { nullable: true, description: "Reports of attempts on this channel." })
  channel?: ChannelName;

  @Field(() => Int, { defaultValue: 50, description: "1 to 1000." })
  limit!: number;
}
