import { Field, ObjectType } from "type-graphql";
import { Message } from "./Message.js";
import { Notice } from "./Notice.js";

@ObjectType({
  simpleResolvers: true,
  description: "What OMNI answered a send with, and what it will do differently.",
})
export class SendResult {
  @Field({
    nullable: true,
    description:
      "The send's bulkId (OMNI's bulkId), the caller's or OMNI's; null when the send had one destination, as OMNI then returns none.",
  })
  bulkId?: string;

  @Field(() => [Message], { description: "One per destination, in input order." })
  messages!: Message[];

  @Field(() => [Notice], {
    description: "What OMNI will do differently from what the input says; empty when nothing.",
  })
  notices: Notice[] = [];
}
