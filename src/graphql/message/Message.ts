import { Directive, Field, ID, ObjectType } from "type-graphql";
import type { MessageStatus } from "../../domain/status.js";
import { Destination } from "../common/Destination.js";

/**
 * A message to one destination. Only its identity is held here; status, attempts and reports
 * resolve through the request's loaders, so N messages cost one upstream logs call.
 */
@Directive(`@key(fields: "messageId")`)
@ObjectType({
  simpleResolvers: true,
  description:
    "A message to one destination, followed through the steps of its scenario. Other subgraphs can reference it by messageId.",
})
export class Message {
  @Field(() => ID, {
    description: "OMNI's messageId: the one the send gave, or the UUID the gateway assigned.",
  })
  messageId!: string;

  @Field({
    nullable: true,
    description:
      "The message's bulk (OMNI's bulkId), set when the send had several destinations; null otherwise.",
  })
  bulkId?: string;

  @Field(() => Destination, {
    nullable: true,
    description:
      "The destination's addresses: the send's, else those OMNI's logs show; null when neither knows the message.",
  })
  to?: Destination;

  /** The status OMNI answered the send with, used until logs know the message. */
  acceptedStatus?: MessageStatus;

  static of(fields: Pick<Message, "messageId"> & Partial<Message>): Message {
    return Object.assign(new Message(), fields);
  }
}
