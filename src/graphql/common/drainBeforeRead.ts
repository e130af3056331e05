import type { GatewayContext } from "../context.js";

/**
 * Takes in what OMNI has before a read answers from the store. A drain that fails (OMNI down or
 * flaky) must not fail the read: the store still holds everything taken in so far, the poller
 * and the webhook keep filling it, and reconciliation makes good anything lost.
 */
export async function drainBeforeRead(ctx: GatewayContext): Promise<void> {
  await ctx.intake.drain().catch(ctx.reportError);
}
