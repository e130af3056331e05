import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import type { Channel as ChannelName } from "../../domain/channel.js";
import type { StatusGroup as StatusGroupName } from "../../domain/status.js";
import { Channel, StatusGroup } from "../common/enums.js";

@InputType({ description: "Filters over the stored delivery reports; all given must match." })
export class StoredReportFilter {
  @Field(() => StatusGroup, { nullable: true, description: "The report's status group." })
  statusGroup?: StatusGroupName;

  @Field(() => Channel, { nullable: true, description: "The channel the attempt used." })
  channel?: ChannelName;

  @Field({ nullable: true, description: "The address the attempt went to." })
  destination?: string;

  @Field({ nullable: true, description: "The bulk the message was sent in (OMNI `bulkId`)." })
  bulkId?: string;

  @Field(() => [ID], {
    nullable: true,
    description: "Only these messages (OMNI `messageId`), at most 1000.",
  })
  messageIds?: string[];

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: "The attempt started at or after (its sentAt).",
  })
  sentSince?: Date;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: "The attempt started at or before.",
  })
  sentUntil?: Date;

  @Field({ nullable: true, description: "The callbackData the send gave, exactly." })
  callbackData?: string;
}
