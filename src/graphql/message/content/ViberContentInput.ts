import { URLResolver } from "graphql-scalars";
import { Field, InputType } from "type-graphql";
import { ChannelContentInput } from "./ChannelContentInput.js";

@InputType()
export class ViberContentInput extends ChannelContentInput {
  @Field(() => URLResolver, { nullable: true })
  imageURL?: URL;

  @Field({ nullable: true })
  buttonText?: string;

  @Field(() => URLResolver, { nullable: true })
  buttonURL?: URL;

  @Field({ nullable: true })
  isPromotional?: boolean;

  @Field({ nullable: true })
  trackingData?: string;
}
