import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import type { QuarantinedReport as Stored } from "../../store/reports/Quarantine.js";
import { escapeControls } from "../../store/reports/escapeControls.js";
import type { ReportSource as ReportSourceName } from "../../store/reports/ReportStore.js";
import { ReportSource } from "./ReportSource.js";

/** Enough to recognise a report; the whole of it can be megabytes of someone else's mistake. */
const PREVIEW_CHARS = 300;

@ObjectType({
  simpleResolvers: true,
  description:
    "A delivery report the gateway received but could not store because of its content; the rest of its page or webhook batch was stored.",
})
export class QuarantinedReport {
  @Field(() => ID, { description: "Pass as `before` to list the reports quarantined earlier." })
  id!: string;

  @Field({ nullable: true, description: "The report's messageId, when it has a usable one." })
  messageId?: string;

  @Field({ description: "What is wrong with it: the field and the problem, never its content." })
  reason!: string;

  @Field(() => ReportSource, { description: "How the report reached the gateway." })
  source!: ReportSourceName;

  @Field(() => DateTimeResolver, { description: "When the gateway received and set it aside." })
  receivedAt!: Date;

  @Field({
    description: `The report as JSON, cut to ${PREVIEW_CHARS} characters, with control and format characters escaped as \\uXXXX.`,
  })
  preview!: string;

  static fromStored(stored: Stored): QuarantinedReport {
    const cut = stored.raw.length > PREVIEW_CHARS;
    return Object.assign(new QuarantinedReport(), {
      id: stored.id,
      messageId: stored.messageId === undefined ? undefined : escapeControls(stored.messageId),
      reason: stored.reason,
      source: stored.source,
      receivedAt: stored.receivedAt,
      preview: escapeControls(stored.raw.slice(0, PREVIEW_CHARS)) + (cut ? "…" : ""),
    });
  }
}
