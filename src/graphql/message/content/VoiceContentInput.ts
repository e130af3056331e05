import { Field, InputType } from "type-graphql";
import { ChannelContentInput } from "./ChannelContentInput.js";

@InputType({ description: "Content of VOICE steps: a text read out in a phone call." })
export class VoiceContentInput extends ChannelContentInput {
  @Field({ nullable: true, description: "Language the text is read in, e.g. en." })
  language?: string;
}
