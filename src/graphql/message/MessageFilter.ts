import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import type { Channel as ChannelName } from "../../domain/channel.js";
import type { StatusGroup as StatusGroupName } from "../../domain/status.js";
import { MAX_FILTER_IDS } from "../common/limits.js";
import { Channel, StatusGroup } from "../common/enums.js";

@InputType({ description: "Filters over OMNI's message logs." })
export class MessageFilter {
  @Field(() => [String], {
    nullable: true,
    description: `Messages of these bulks (OMNI's bulkId), at most ${MAX_FILTER_IDS}.`,
  })
  bulkIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: `These messages only (OMNI's messageId), at most ${MAX_FILTER_IDS}.`,
  })
  messageIds?: string[];

  @Field(() => StatusGroup, {
    nullable: true,
    description: "Matches messages with an attempt in this status.",
  })
  generalStatus?: StatusGroupName;

  @Field(() => Channel, {
    nullable: true,
    description: "Matches messages with an attempt on this channel.",
  })
  channel?: ChannelName;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: "Attempts sent at this time or later (OMNI's sentSince).",
  })
  sentSince?: Date;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: "Attempts sent at this time or earlier (OMNI's sentUntil).",
  })
  sentUntil?: Date;

  @Field(() => Int, {
    defaultValue: 50,
    description: "Log rows to read, 1 to 1000 (one per attempt).",
  })
  limit!: number;
}
