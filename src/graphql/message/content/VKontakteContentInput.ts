import { JSONObjectResolver } from "graphql-scalars";
import { Field, InputType } from "type-graphql";
import { ChannelContentInput } from "./ChannelContentInput.js";

@InputType({ description: "Content of VKONTAKTE steps: a text, or a template and its data." })
export class VKontakteContentInput extends ChannelContentInput {
  @Field({
    nullable: true,
    description:
      "A VKontakte template to send (OMNI's templateName); with it, text may be left out.",
  })
  templateName?: string;

  @Field(() => JSONObjectResolver, {
    nullable: true,
    description: "Values for the template's placeholders (OMNI's templateData).",
  })
  templateData?: Record<string, unknown>;
}
