import { Directive, Field, ID, ObjectType } from "type-graphql";
import type { WireScenario } from "../../omni/wire.js";
import { ONE_PER_CHANNEL } from "../cost/weights.js";
import { ScenarioStep } from "./ScenarioStep.js";

@Directive(`@key(fields: "key")`)
@ObjectType({
  simpleResolvers: true,
  description: "An ordered flow of channel steps; a message fails over from one to the next.",
})
export class Scenario {
  @Field(() => ID, { description: "32 uppercase hex characters, assigned by OMNI." })
  key!: string;

  @Field({ nullable: true, description: "A name for people (OMNI's name); null when it has none." })
  name?: string;

  @Directive(ONE_PER_CHANNEL)
  @Field(() => [ScenarioStep], { description: "Steps in the order they are tried." })
  flow!: ScenarioStep[];

  @Field({
    description:
      "Sends without a scenario key use the default scenario; there is exactly one (OMNI's default).",
  })
  isDefault!: boolean;

  /**
   * What a reference to a key OMNI does not know (another tenant's, or deleted) resolves to: no
   * steps, which no real scenario has (OMNI refuses an empty flow), so it reads as unknown.
   */
  static unknown(key: string): Scenario {
    return Object.assign(new Scenario(), { key, flow: [], isDefault: false });
  }

  static fromWire(wire: WireScenario): Scenario {
    return Object.assign(new Scenario(), {
      key: wire.key,
      name: wire.name,
      flow: wire.flow,
      isDefault: wire.default,
    });
  }
}
