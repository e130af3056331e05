import { Field, ObjectType } from "type-graphql";
import { Message } from "./Message.js";

@ObjectType()
export class SendResult {
  @Field({ nullable: true, description: "Only when the send had more than one destination." })
  bulkId?: string;

  @Field(() => [Message], { description: "One per destination, in input order." })
  messages!: Message[];
}
