import { Field, InputType } from "type-graphql";
import { ChannelContentInput } from "./ChannelContentInput.js";

@InputType()
export class VoiceContentInput extends ChannelContentInput {
  @Field({ nullable: true, description: "Language the text is read in, e.g. en." })
  language?: string;
}
