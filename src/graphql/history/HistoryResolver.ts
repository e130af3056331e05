import { Arg, Args, Ctx, Directive, Query, Resolver } from "type-graphql";
import { isEmailAddress, isMsisdn } from "../../domain/address.js";
import {
  BULK_KEY,
  MESSAGE_KEY,
  REPORT_KEY,
  type Page,
  type StoredMessage,
} from "../../store/reports/History.js";
import { RequiresScope } from "../auth/decorators.js";
import { Bulk } from "../bulk/Bulk.js";
import { drainBeforeRead } from "../common/drainBeforeRead.js";
import { checkIdCount } from "../common/limits.js";
import type { GatewayContext } from "../context.js";
import { badUserInput } from "../errors.js";
import { Message } from "../message/Message.js";
import { Report } from "../report/Report.js";
import { BulkFilter } from "./BulkFilter.js";
import { connectionOf, type Connection } from "./connectionOf.js";
import { encodeCursor, type CursorKind } from "./cursor.js";
import { CONNECTION_SIZE, PageArgs, pageRequest } from "./PageArgs.js";
import { SentMessageFilter } from "./SentMessageFilter.js";
import { StoredReportFilter } from "./StoredReportFilter.js";
import { storedMessages } from "./storedMessages.js";

const MessageConnection = connectionOf(
  Message,
  "Message",
  "A page of the messages the gateway keeps, newest first.",
);
const ReportConnection = connectionOf(
  Report,
  "Report",
  "A page of the stored delivery reports, latest outcome first.",
);
const BulkConnection = connectionOf(
  Bulk,
  "Bulk",
  "A page of the bulks the gateway keeps, newest first.",
);

const MESSAGES: CursorKind = { tag: "message", field: "sentMessages", key: MESSAGE_KEY };
const REPORTS: CursorKind = { tag: "report", field: "storedReports", key: REPORT_KEY };
const BULKS: CursorKind = { tag: "bulk", field: "bulks", key: BULK_KEY };

/**
 * The history as the gateway's store holds it, paged the Relay way: unlike `messages`, which reads
 * OMNI's logs (kept about 48 hours), it answers for as long as the store keeps the rows, and a
 * walk from page to page shows each row once while new ones arrive (they sort before the first
 * page). Each read drains OMNI's reports first, like `reports`.
 */
@Resolver()
export class HistoryResolver {
  @RequiresScope("messages:read")
  @Directive(CONNECTION_SIZE)
  @Query(() => MessageConnection, {
    description:
      "The messages the gateway sent (or holds reports of), newest first, from its own store: still there after OMNI's logs have forgotten them.",
  })
  async sentMessages(
    @Ctx() ctx: GatewayContext,
    @Args() page: PageArgs,
    @Arg("filter", () => SentMessageFilter, {
      nullable: true,
      description: "Which sent messages; none: all of the tenant's.",
    })
    filter?: SentMessageFilter,
  ): Promise<Connection<Message>> {
    const request = pageRequest(page, MESSAGES);
    await drainBeforeRead(ctx);
    const found = await ctx.reports.history.messages(filter ?? {}, request);
    const records = storedMessages(ctx);
    return connection(MESSAGES, found, (stored) => {
      records.prime(stored.messageId, stored);
      return messageOf(stored);
    });
  }

  @RequiresScope("reports:read")
  @Directive(CONNECTION_SIZE)
  @Query(() => ReportConnection, {
    description:
      "Stored delivery reports, the latest outcome (doneAt) first, one per finished attempt.",
  })
  async storedReports(
    @Ctx() ctx: GatewayContext,
    @Args() page: PageArgs,
    @Arg("filter", () => StoredReportFilter, {
      nullable: true,
      description: "Which reports; none: all of the tenant's.",
    })
    filter?: StoredReportFilter,
  ): Promise<Connection<Report>> {
    const violations = checkIdCount("messageIds", filter?.messageIds);
    if (violations.length) throw badUserInput(violations, "filter");
    const request = pageRequest(page, REPORTS);
    await drainBeforeRead(ctx);
    const found = await ctx.reports.history.reports(filter ?? {}, request);
    return connection(REPORTS, found, Report.fromStored);
  }

  @RequiresScope("messages:read")
  @Directive(CONNECTION_SIZE)
  @Query(() => BulkConnection, {
    description:
      "The bulks the gateway sent (or holds reports of), newest first, each with its delivery statistics.",
  })
  async bulks(
    @Ctx() ctx: GatewayContext,
    @Args() page: PageArgs,
    @Arg("filter", () => BulkFilter, {
      nullable: true,
      description: "Which bulks; none: all of the tenant's.",
    })
    filter?: BulkFilter,
  ): Promise<Connection<Bulk>> {
    const request = pageRequest(page, BULKS);
    await drainBeforeRead(ctx);
    const found = await ctx.reports.history.bulks(filter ?? {}, request);
    const totals = await ctx.reports.history.bulkTotals(found.rows.map((r) => r.item.bulkId));
    return connection(BULKS, found, ({ bulkId }) => {
      const summary = totals.get(bulkId);
      return summary ? Bulk.fromSummary(summary) : Bulk.empty(bulkId);
    });
  }
}

function connection<T, N>(kind: CursorKind, page: Page<T>, node: (item: T) => N): Connection<N> {
  const edges = page.rows.map(({ key, item }) => ({
    cursor: encodeCursor(kind, key),
    node: node(item),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNext,
      hasPreviousPage: page.hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Its identity and address from the store; status and attempts resolve as for any message. */
function messageOf(stored: StoredMessage): Message {
  const address = stored.destination;
  return Message.of({
    messageId: stored.messageId,
    bulkId: stored.bulkId,
    to:
      address === undefined
        ? undefined
        : isMsisdn(address)
          ? { phoneNumber: address }
          : isEmailAddress(address)
            ? { emailAddress: address }
            : undefined,
  });
}
