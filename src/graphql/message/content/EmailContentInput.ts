import { Field, InputType } from "type-graphql";
import { ChannelContentInput } from "./ChannelContentInput.js";

@InputType({ description: "Content of EMAIL steps: a text and a subject." })
export class EmailContentInput extends ChannelContentInput {
  @Field({ nullable: true, description: "The e-mail's subject line (OMNI's email.subject)." })
  subject?: string;
}
