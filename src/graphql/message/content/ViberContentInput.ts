import { URLResolver } from "graphql-scalars";
import { Field, InputType } from "type-graphql";
import { ChannelContentInput } from "./ChannelContentInput.js";

@InputType({
  description:
    "Content of VIBER steps: text up to 1000 characters, an image, a button. Validity is 35 s to 14 days; a longer one is refused, not clamped.",
})
export class ViberContentInput extends ChannelContentInput {
  @Field(() => URLResolver, {
    nullable: true,
    description:
      "An image to show, up to 1000 characters (OMNI's imageURL); with it, text may be left out.",
  })
  imageURL?: URL;

  @Field({
    nullable: true,
    description: "The button's label, up to 30 characters (OMNI's buttonText); needs buttonURL.",
  })
  buttonText?: string;

  @Field(() => URLResolver, {
    nullable: true,
    description:
      "Where the button leads, up to 1000 characters (OMNI's buttonURL); needs buttonText.",
  })
  buttonURL?: URL;

  @Field({
    nullable: true,
    description: "Sends a promotional rather than a transactional message (OMNI's isPromotional).",
  })
  isPromotional?: boolean;

  @Field({
    nullable: true,
    description: "Your data for Viber's tracking, up to 100 characters (OMNI's trackingData).",
  })
  trackingData?: string;
}
