import { Field, InputType } from "type-graphql";
import { ChannelContentInput } from "./ChannelContentInput.js";

@InputType()
export class EmailContentInput extends ChannelContentInput {
  @Field({ nullable: true })
  subject?: string;
}
