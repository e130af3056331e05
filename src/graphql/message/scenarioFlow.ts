import { OmniHttpError } from "../../omni/errors.js";
import type { WireStep } from "../../omni/wire.js";
import type { GatewayContext } from "../context.js";
import { notFound } from "../errors.js";

/** The scenario a send walks, by the key OMNI knows it by (the default's, when none is named). */
export interface ScenarioFlow {
  key: string;
  flow: WireStep[];
}

/**
 * The steps a send will walk: the named scenario, or the default one. A key OMNI does not know
 * is NOT_FOUND, before anything is sent. Undefined when OMNI will not show it (no default, or
 * credentials scoped to sending only); the send then goes on and OMNI judges the scenario itself.
 */
export async function loadScenarioFlow(
  ctx: GatewayContext,
  scenarioKey: string | undefined | null,
): Promise<ScenarioFlow | undefined> {
  try {
    const scenario = scenarioKey
      ? await ctx.loaders.scenarioByKey.load(scenarioKey)
      : await ctx.loaders.defaultScenario();
    if (scenario) return { key: scenarioKey || scenario.key, flow: scenario.flow };
    if (scenarioKey) throw notFound("Scenario", "input.scenarioKey");
    return undefined;
  } catch (error) {
    if (error instanceof OmniHttpError && (error.status === 403 || error.status === 404)) {
      return undefined;
    }
    throw error;
  }
}
