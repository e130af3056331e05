import { Field, ID, ObjectType } from "type-graphql";
import type { Channel as ChannelName } from "../../domain/channel.js";
import type { StatusChange } from "../../store/reports/ReportStore.js";
import { Channel } from "../common/enums.js";
import { Status } from "../common/Status.js";
import { Report } from "../report/Report.js";

@ObjectType({
  simpleResolvers: true,
  description: "A delivery report just stored, and where its message stands now.",
})
export class MessageStatusChange {
  @Field(() => ID, { description: "The message the report is of." })
  messageId!: string;

  @Field({ nullable: true, description: "The message's bulk; null when it was sent alone." })
  bulkId?: string;

  @Field(() => Report, { description: "The attempt that just ended (or progressed)." })
  report!: Report;

  @Field(() => Status, { description: "The message's status; it only ever moves forward." })
  status!: Status;

  @Field(() => Channel, { nullable: true, description: "Set once a channel delivered." })
  deliveredVia?: ChannelName;

  static of(change: StatusChange): MessageStatusChange {
    const { report, state } = change;
    return Object.assign(new MessageStatusChange(), {
      messageId: report.messageId,
      bulkId: report.bulkId ?? state.bulkId,
      report: Report.fromStored(report),
      status: state.status,
      deliveredVia: state.status.groupName === "DELIVERED" ? state.channel : undefined,
    });
  }
}
