import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { parseOmniDate } from "../../domain/omniDate.js";
import type { MessageStatus } from "../../domain/status.js";
import type { StoredReport } from "../../store/reports/ReportStore.js";
import { DeliveryError } from "../common/DeliveryError.js";
import { Status } from "../common/Status.js";

@ObjectType({ simpleResolvers: true, description: "One push to one installation." })
export class PushMessage {
  @Field(() => ID, { description: "The push's messageId, as the Push API assigned it." })
  messageId!: string;

  @Field({
    nullable: true,
    description:
      "The pushRegistrationId it went to; the destination's address when it reached no installation.",
  })
  to?: string;

  @Field(() => Status, { description: "From the delivery report once there is one." })
  status!: MessageStatus;

  @Field(() => DeliveryError, {
    nullable: true,
    description: "Why the push failed, from its delivery report; null before there is one.",
  })
  error?: DeliveryError;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description:
      "When the push reached its status, from its delivery report; null before there is one.",
  })
  doneAt?: Date;

  static fromReport(report: StoredReport): PushMessage {
    return Object.assign(new PushMessage(), {
      messageId: report.messageId,
      to: report.to,
      status: report.status,
      error: report.error,
      doneAt: parseOmniDate(report.doneAt),
    });
  }
}
