import { JSONObjectResolver } from "graphql-scalars";
import { Field, InputType } from "type-graphql";
import { ChannelContentInput } from "./ChannelContentInput.js";

@InputType()
export class VKontakteContentInput extends ChannelContentInput {
  @Field({ nullable: true })
  templateName?: string;

  @Field(() => JSONObjectResolver, { nullable: true })
  templateData?: Record<string, unknown>;
}
