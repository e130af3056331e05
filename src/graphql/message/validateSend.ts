import {
  checkScenarioFit,
  checkSend,
  sendNotices,
  type Notice,
  type SendToCheck,
  type StepToCheck,
} from "../../domain/sendRules.js";
import type { GatewayContext } from "../context.js";
import { badUserInput } from "../errors.js";
import { loadScenarioFlow } from "./scenarioFlow.js";

export interface ValidatedSend {
  flow?: StepToCheck[];
  notices: Notice[];
}

/**
 * Every rule before anything leaves. The request's own rules run first: an input that breaks them
 * is answered without an upstream round trip, so hostile or careless input costs OMNI nothing and
 * its errors never hide behind an upstream outage. The scenario's rules follow once it is read.
 */
export async function validateSend(
  ctx: GatewayContext,
  scenarioKey: string | undefined | null,
  send: SendToCheck,
  extra: ReturnType<typeof checkSend> = [],
): Promise<ValidatedSend> {
  const own = [...checkSend(send, ctx.now), ...extra];
  if (own.length) throw badUserInput(own);
  const flow = await loadScenarioFlow(ctx, scenarioKey);
  if (!flow) return { notices: sendNotices(send) };
  const fit = checkScenarioFit(send, flow);
  if (fit.length) throw badUserInput(fit);
  return { flow, notices: sendNotices(send, flow) };
}
