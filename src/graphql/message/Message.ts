import { Directive, Field, ID, ObjectType } from "type-graphql";
import type { MessageStatus } from "../../domain/status.js";
import { Destination } from "../common/Destination.js";

/**
 * A message to one destination. Only its identity is held here; status, attempts and reports
 * resolve through the request's loaders, so N messages cost one upstream logs call.
 */
@Directive(`@key(fields: "messageId")`)
@ObjectType()
export class Message {
  @Field(() => ID)
  messageId!: string;

  @Field({
    nullable: true,
    description: "Set when the message was part of a send to several destinations.",
  })
  bulkId?: string;

  @Field(() => Destination, { nullable: true })
  to?: Destination;

  /** The status OMNI answered the send with, used until logs know the message. */
  acceptedStatus?: MessageStatus;

  static of(fields: Pick<Message, "messageId"> & Partial<Message>): Message {
    return Object.assign(new Message(), fields);
  }
}
