import { Directive, Field, ID, ObjectType } from "type-graphql";
import type { PushMessage } from "./PushMessage.js";

/**
 * One push send, as a campaign's results. Only the id is held: statistics and messages resolve
 * on demand, so another subgraph can reference a bulk by its id alone.
 */
@Directive(`@key(fields: "bulkId")`)
@ObjectType({
  simpleResolvers: true,
  description:
    "One sendPush, with its statistics and its pushes. Other subgraphs can reference it by bulkId.",
})
export class PushBulk {
  @Field(() => ID, {
    description: "The send's bulkId: the caller's, else one the gateway made up.",
  })
  bulkId!: string;

  /** What the send was answered with, shown until delivery reports replace it. */
  accepted: PushMessage[] = [];

  static of(bulkId: string, accepted: PushMessage[] = []): PushBulk {
    return Object.assign(new PushBulk(), { bulkId, accepted });
  }
}
