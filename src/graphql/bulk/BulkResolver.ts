import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { drainBeforeRead } from "../common/drainBeforeRead.js";
import { RequiresScope } from "../auth/decorators.js";
import type { GatewayContext } from "../context.js";
import { Bulk } from "./Bulk.js";

@Resolver(() => Bulk)
export class BulkResolver {
  @RequiresScope("messages:read")
  @Query(() => Bulk, {
    nullable: true,
    description: "Delivery statistics of a bulk the gateway sent or holds reports of.",
  })
  bulk(
    @Ctx() ctx: GatewayContext,
    @Arg("bulkId", () => ID, { description: "The bulkId a send returned or a report carries." })
    bulkId: string,
  ): Promise<Bulk | null> {
    return findBulk(ctx, bulkId);
  }
}

export async function findBulk(ctx: GatewayContext, bulkId: string): Promise<Bulk | null> {
  await drainBeforeRead(ctx);
  const summary = await ctx.reports.bulk(bulkId);
  return summary ? Bulk.fromSummary(summary) : null;
}
