import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import type { Channel as ChannelName } from "../../domain/channel.js";
import type { StatusGroup as StatusGroupName } from "../../domain/status.js";
import { Channel, StatusGroup } from "../common/enums.js";

@InputType({ description: "Filters over OMNI's message logs." })
export class MessageFilter {
  @Field(() => [String], { nullable: true })
  bulkIds?: string[];

  @Field(() => [ID], { nullable: true })
  messageIds?: string[];

  @Field(() => StatusGroup, {
    nullable: true,
    description: "Matches messages with an attempt in this status.",
  })
  generalStatus?: StatusGroupName;

  @Field(() => Channel, { nullable: true })
  channel?: ChannelName;

  @Field(() => DateTimeResolver, { nullable: true })
  sentSince?: Date;

  @Field(() => DateTimeResolver, { nullable: true })
  sentUntil?: Date;

  @Field(() => Int, {
    defaultValue: 50,
    description: "Log rows to read, 1 to 1000 (one per attempt).",
  })
  limit!: number;
}
