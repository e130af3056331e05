import { OmniHttpError } from "../../omni/errors.js";
import type { WireStep } from "../../omni/wire.js";
import type { GatewayContext } from "../context.js";
import { notFound } from "../errors.js";

/**
 * The steps a send will walk: the named scenario, or the default one. A key OMNI does not know
 * is NOT_FOUND, before anything is sent. Undefined when OMNI will not show it (no default, or
 * credentials scoped to sending only); the send then goes on and OMNI judges the scenario itself.
 */
export async function loadScenarioFlow(
  ctx: GatewayContext,
  scenarioKey: string | undefined | null,
): Promise<WireStep[] | undefined> {
  try {
    if (!scenarioKey) return (await ctx.loaders.defaultScenario())?.flow;
    const scenario = await ctx.loaders.scenarioByKey.load(scenarioKey);
    if (!scenario) throw notFound("Scenario", "input.scenarioKey");
    return scenario.flow;
  } catch (error) {
    if (error instanceof OmniHttpError && (error.status === 403 || error.status === 404)) {
      return undefined;
    }
    throw error;
  }
}
