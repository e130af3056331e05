import { Ctx, Query, Resolver } from "type-graphql";
import { Authenticated } from "../auth/decorators.js";
import type { GatewayContext } from "../context.js";
import { QuotaUsage } from "./QuotaUsage.js";

@Resolver()
export class QuotaResolver {
  @Authenticated()
  @Query(() => [QuotaUsage], {
    description:
      "The caller's tenant's send quotas, one entry per configured window; empty when sends are not limited.",
  })
  async quota(@Ctx() ctx: GatewayContext): Promise<QuotaUsage[]> {
    const usage = await ctx.quota.usage();
    return usage.map((u) => Object.assign(new QuotaUsage(), u));
  }
}
