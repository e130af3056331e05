import { OmniHttpError } from "../../omni/errors.js";
import type { WireStep } from "../../omni/wire.js";
import type { GatewayContext } from "../context.js";

/**
 * The steps a send will walk: the named scenario, or the default one. Undefined when OMNI will not
 * show it (unknown key, no default, or credentials scoped to sending only); the send then goes on
 * and OMNI judges the scenario itself.
 */
export async function loadScenarioFlow(
  ctx: GatewayContext,
  scenarioKey: string | undefined | null,
): Promise<WireStep[] | undefined> {
  try {
    if (scenarioKey) return (await ctx.loaders.scenarioByKey.load(scenarioKey))?.flow;
    return (await ctx.loaders.defaultScenario())?.flow;
  } catch (error) {
    if (error instanceof OmniHttpError && (error.status === 403 || error.status === 404)) {
      return undefined;
    }
    throw error;
  }
}
