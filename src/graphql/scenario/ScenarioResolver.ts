import { Arg, Ctx, Directive, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { RequiresScope } from "../auth/decorators.js";
import { isScenarioKey } from "../../domain/scenarioKey.js";
import type { WireScenarioRequest } from "../../omni/wire.js";
import { checkRange } from "../common/limits.js";
import { SLICED_BY_LIMIT, UPSTREAM_CALL } from "../cost/weights.js";
import type { GatewayContext } from "../context.js";
import { badUserInput } from "../errors.js";
import { Scenario } from "./Scenario.js";
import { ScenarioInput } from "./ScenarioInput.js";

const MAX_SCENARIO_PAGE = 1_000;

/** A malformed key cannot name a scenario: refused before it costs an upstream call. */
function checkScenarioKey(key: string): void {
  if (isScenarioKey(key)) return;
  throw badUserInput(
    [
      {
        path: "key",
        rule: "SCENARIO_KEY_FORMAT",
        message: "A scenario key is 32 uppercase hex characters.",
      },
    ],
    "args",
  );
}

@Resolver(() => Scenario)
export class ScenarioResolver {
  @RequiresScope("scenarios:read")
  @Directive(SLICED_BY_LIMIT)
  @Query(() => [Scenario], {
    description: "Scenarios, a page at a time (OMNI gives no total count).",
  })
  async scenarios(
    @Ctx() ctx: GatewayContext,
    @Arg("isDefault", {
      nullable: true,
      description: "true: only the default scenario; false: all but it; null: all.",
    })
    isDefault?: boolean,
    @Arg("limit", () => Int, {
      defaultValue: 100,
      description: `Scenarios a page holds, 0 to ${MAX_SCENARIO_PAGE}.`,
    })
    limit?: number,
    @Arg("page", () => Int, { defaultValue: 0, description: "The page, counted from 0." })
    page?: number,
  ): Promise<Scenario[]> {
    const violations = [
      ...checkRange("limit", limit ?? 0, 0, MAX_SCENARIO_PAGE),
      ...checkRange("page", page ?? 0, 0),
    ];
    if (violations.length) throw badUserInput(violations, "args");
    const list = await ctx.client.listScenarios({ isDefault, limit, page });
    for (const scenario of list) ctx.loaders.scenarioByKey.prime(scenario.key, scenario);
    return list.map(Scenario.fromWire);
  }

  @RequiresScope("scenarios:read")
  @Directive(UPSTREAM_CALL)
  @Query(() => Scenario, {
    nullable: true,
    description: "A scenario by its key; null when OMNI knows no such scenario.",
  })
  async scenario(
    @Ctx() ctx: GatewayContext,
    @Arg("key", () => ID, { description: "The scenario's key: 32 uppercase hex characters." })
    key: string,
  ): Promise<Scenario | null> {
    checkScenarioKey(key);
    const wire = await ctx.loaders.scenarioByKey.load(key);
    return wire && Scenario.fromWire(wire);
  }

  @RequiresScope("scenarios:read")
  @Directive(UPSTREAM_CALL)
  @Query(() => Scenario, {
    nullable: true,
    description: "The scenario used when a send names none; null when there is none yet.",
  })
  async defaultScenario(@Ctx() ctx: GatewayContext): Promise<Scenario | null> {
    const wire = await ctx.loaders.defaultScenario();
    return wire && Scenario.fromWire(wire);
  }

  @RequiresScope("scenarios:write")
  @Directive(UPSTREAM_CALL)
  @Mutation(() => Scenario, {
    description: "Creates a scenario (OMNI's POST /omni/1/scenarios); OMNI assigns its key.",
  })
  async createScenario(
    @Ctx() ctx: GatewayContext,
    @Arg("input", { description: "The new scenario." }) input: ScenarioInput,
  ): Promise<Scenario> {
    return Scenario.fromWire(await ctx.client.createScenario(toWire(input)));
  }

  @RequiresScope("scenarios:write")
  @Directive(UPSTREAM_CALL)
  @Mutation(() => Scenario, { description: "Replaces the whole scenario." })
  async updateScenario(
    @Ctx() ctx: GatewayContext,
    @Arg("key", () => ID, { description: "The key of the scenario to replace." }) key: string,
    @Arg("input", { description: "The scenario that replaces it." }) input: ScenarioInput,
  ): Promise<Scenario> {
    checkScenarioKey(key);
    return Scenario.fromWire(await ctx.client.updateScenario(key, toWire(input)));
  }
}

function toWire(input: ScenarioInput): WireScenarioRequest {
  if (input.flow.length === 0) {
    throw badUserInput([
      { path: "flow", rule: "REQUIRED", message: "A scenario needs at least one step." },
    ]);
  }
  return {
    name: input.name,
    flow: input.flow.map((step) => ({
      channel: step.channel,
      ...(step.from ? { from: step.from } : {}),
    })),
    default: input.isDefault,
  };
}
