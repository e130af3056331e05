import { Field, InputType } from "type-graphql";
import { ScenarioStepInput } from "./ScenarioStep.js";

@InputType({ description: "A whole scenario; an update replaces the previous one." })
export class ScenarioInput {
  @Field({ nullable: true, description: "A name for people (OMNI's name)." })
  name?: string;

  @Field(() => [ScenarioStepInput], { description: "At least one step." })
  flow!: ScenarioStepInput[];

  @Field({
    defaultValue: false,
    description: "Making a scenario the default clears the previous default.",
  })
  isDefault!: boolean;
}
