import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import type { Channel as ChannelName } from "../../domain/channel.js";
import { parseOmniDate } from "../../domain/omniDate.js";
import type { StoredReport } from "../../omni/reports/ReportStore.js";
import { DeliveryError } from "../common/DeliveryError.js";
import { Channel } from "../common/enums.js";
import { Price } from "../common/Price.js";
import { Status } from "../common/Status.js";

@ObjectType({ description: "The delivery report of one finished attempt of a message." })
export class Report {
  @Field(() => ID)
  messageId!: string;

  @Field({ nullable: true })
  bulkId?: string;

  @Field({ description: "The address the attempt went to." })
  to!: string;

  @Field(() => Channel)
  channel!: ChannelName;

  @Field(() => DateTimeResolver)
  sentAt!: Date;

  @Field(() => DateTimeResolver)
  doneAt!: Date;

  @Field(() => Int)
  messageCount!: number;

  @Field({ nullable: true })
  mccMnc?: string;

  @Field(() => Price, { nullable: true })
  price?: Price;

  @Field(() => Status)
  status!: Status;

  @Field(() => DeliveryError, { nullable: true })
  error?: DeliveryError;

  @Field({ nullable: true })
  callbackData?: string;

  static fromStored(stored: StoredReport): Report {
    return Object.assign(new Report(), {
      ...stored,
      sentAt: parseOmniDate(stored.sentAt),
      doneAt: parseOmniDate(stored.doneAt),
    });
  }
}
