import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { QUOTA_WINDOWS, type QuotaWindow as QuotaWindowName } from "../../domain/quota.js";
import { enumOf } from "../common/enums.js";

export const QuotaWindow = enumOf<QuotaWindowName>(QUOTA_WINDOWS);
registerEnumType(QuotaWindow, {
  name: "QuotaWindow",
  description: "A quota's window: messages (one per destination) or send requests per period.",
  valuesConfig: {
    messagesPerDay: { description: "Messages per UTC day." },
    messagesPerMinute: { description: "Messages per minute." },
    sendRequestsPerSecond: { description: "Send mutations per second." },
  },
});

@ObjectType({
  simpleResolvers: true,
  description: "How much of one quota window the tenant has used.",
})
export class QuotaUsage {
  @Field(() => QuotaWindow, { description: "What the quota counts, and over which period." })
  window!: QuotaWindowName;

  @Field(() => Int, { description: "What the window allows." })
  limit!: number;

  @Field(() => Int, { description: "Used so far in the current window." })
  used!: number;

  @Field(() => Int, { description: "What a send may still use before the window resets." })
  remaining!: number;

  @Field({ description: "When the current window ends and the count starts again." })
  resetsAt!: Date;
}
