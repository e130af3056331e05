import { Field, InputType } from "type-graphql";

@InputType({
  description:
    'An installation custom attribute set over the Mobile SDK, e.g. { name: "DeviceType", value: "personal" }.',
})
export class PushCustomAttributeInput {
  @Field({ description: "Case-sensitive; must not be a standard attribute's name." })
  name!: string;

  @Field({ description: "Compared without regard to case." })
  value!: string;
}
