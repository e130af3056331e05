import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { Violation } from "../../domain/violation.js";
import { RequiresScope } from "../auth/decorators.js";
import { checkRange } from "../common/limits.js";
import type { GatewayContext } from "../context.js";
import { badUserInput } from "../errors.js";
import { QuarantinedReport } from "./QuarantinedReport.js";

const MAX_LIMIT = 1_000;
/** Ids are PostgreSQL bigserials; 18 digits always fit, so no id reaches the database as an error. */
const QUARANTINE_ID = /^[1-9][0-9]{0,17}$/;

@Resolver(() => QuarantinedReport)
export class QuarantineResolver {
  @RequiresScope("reports:read")
  @Query(() => [QuarantinedReport], {
    description:
      "Delivery reports of the caller's tenant that could not be stored (U+0000, a lone surrogate, a malformed field), newest first, for an operator.",
  })
  async quarantinedReports(
    @Ctx() ctx: GatewayContext,
    @Arg("limit", () => Int, {
      defaultValue: 50,
      description: `Reports to return, 1 to ${MAX_LIMIT}.`,
    })
    limit: number,
    @Arg("before", () => ID, {
      nullable: true,
      description: "The id of the last report of the previous page.",
    })
    before?: string,
  ): Promise<QuarantinedReport[]> {
    const violations: Violation[] = [...checkRange("limit", limit, 1, MAX_LIMIT)];
    if (before != null && !QUARANTINE_ID.test(before)) {
      violations.push({
        path: "before",
        rule: "FORMAT",
        message: "before must be the id of a quarantined report.",
      });
    }
    if (violations.length) throw badUserInput(violations, "");
    const stored = await ctx.reports.quarantine.list({ limit, before: before ?? undefined });
    return stored.map(QuarantinedReport.fromStored);
  }
}
