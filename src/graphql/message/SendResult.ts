import { Field, ObjectType } from "type-graphql";
import { Message } from "./Message.js";
import { Notice } from "./Notice.js";

@ObjectType()
export class SendResult {
  @Field({ nullable: true, description: "Only when the send had more than one destination." })
  bulkId?: string;

  @Field(() => [Message], { description: "One per destination, in input order." })
  messages!: Message[];

  @Field(() => [Notice], {
    description: "What OMNI will do differently from what the input says; empty when nothing.",
  })
  notices: Notice[] = [];
}
