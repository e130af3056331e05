import { Arg, Ctx, Directive, Query, Resolver } from "type-graphql";
import { drainBeforeRead } from "../common/drainBeforeRead.js";
import { RequiresScope } from "../auth/decorators.js";
import { MAX_PAGE } from "../../omni/wire.js";
import { checkIdCount, checkRange } from "../common/limits.js";
import type { GatewayContext } from "../context.js";
import { ONE_PAGE } from "../cost/weights.js";
import { badUserInput } from "../errors.js";
import { Report } from "./Report.js";
import { ReportFilter } from "./ReportFilter.js";

@Resolver(() => Report)
export class ReportResolver {
  @RequiresScope("reports:read")
  @Directive(ONE_PAGE)
  @Query(() => [Report], {
    description:
      "Delivery reports, newest first. Unlike OMNI's fetch-once endpoint, asking twice gives the same answer.",
  })
  async reports(
    @Ctx() ctx: GatewayContext,
    @Arg("filter", () => ReportFilter, {
      nullable: true,
      description: "Which reports; without it, the latest 50.",
    })
    filter?: ReportFilter,
  ): Promise<Report[]> {
    const limit = filter?.limit ?? 50;
    const violations = [
      ...checkRange("limit", limit, 1, MAX_PAGE),
      ...checkIdCount("messageIds", filter?.messageIds),
    ];
    if (violations.length) throw badUserInput(violations, "filter");
    await drainBeforeRead(ctx);
    const stored = await ctx.reports.find({ ...filter, limit });
    return stored.map(Report.fromStored);
  }
}
