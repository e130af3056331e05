import { ArgsType, Field, Int } from "type-graphql";
import type { Violation } from "../../domain/violation.js";
import type { PageRequest, SortKey } from "../../store/reports/History.js";
import { checkRange } from "../common/limits.js";
import { badUserInput } from "../errors.js";
import { decodeCursor, type CursorKind } from "./cursor.js";

/** A page without `first` or `last`. */
export const DEFAULT_PAGE_SIZE = 50;
/** The most one page holds: a page of messages is still one logs call (1000 ids) upstream. */
export const MAX_PAGE_SIZE = 500;

/**
 * What the demand-control spec says of a connection: its edges are as many as `first` or `last`
 * asks, else the default page. One of the two is enough, so a router must not insist on one.
 */
export const CONNECTION_SIZE = `@listSize(assumedSize: ${DEFAULT_PAGE_SIZE}, slicingArguments: ["first", "last"], sizedFields: ["edges"], requireOneSlicingArgument: false)`;

/** Relay's connection arguments. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `The first edges after \`after\` (newest first), 1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "A cursor: edges after it." })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `The last edges before \`before\`, 1 to ${MAX_PAGE_SIZE}: for walking back to newer edges.`,
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "A cursor: edges before it." })
  before?: string | null;
}

/** The page the arguments ask for; every problem with them in one BAD_USER_INPUT. */
export function pageRequest(args: PageArgs, kind: CursorKind): PageRequest {
  const violations: Violation[] = [];
  const { first, last } = args;
  if (first != null) violations.push(...checkRange("first", first, 1, MAX_PAGE_SIZE));
  if (last != null) violations.push(...checkRange("last", last, 1, MAX_PAGE_SIZE));
  if (first != null && last != null) {
    violations.push({
      path: "last",
      rule: "CONFLICT",
      message: "Give first or last, not both: first reads on after a cursor, last back before one.",
    });
  }
  const cursor = (name: "after" | "before"): SortKey | undefined => {
    const given = args[name];
    if (given == null) return undefined;
    const key = decodeCursor(kind, given);
    if (!key) {
      violations.push({
        path: name,
        rule: "CURSOR",
        message: `${name} is not a cursor of ${kind.field}: pass an edge's cursor (or pageInfo's startCursor or endCursor) that ${kind.field} returned.`,
      });
    }
    return key;
  };
  const after = cursor("after");
  const before = cursor("before");
  if (violations.length) throw badUserInput(violations, "");
  return {
    size: first ?? last ?? DEFAULT_PAGE_SIZE,
    forward: last == null,
    ...(after && { after }),
    ...(before && { before }),
  };
}
