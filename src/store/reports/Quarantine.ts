import type { RefusedReport, ReportSource } from "./ReportStore.js";
import { unstorableContent } from "./unstorableContent.js";

/** A report the store could not hold, as an operator sees it. */
export interface QuarantinedReport {
  /** Ascending in the order reports were quarantined: the cursor for the next page. */
  id: string;
  /** The report's messageId when it has a storable one. */
  messageId?: string;
  reason: string;
  source: ReportSource;
  receivedAt: Date;
  /** The raw report as JSON text (control characters already escaped by JSON). */
  raw: string;
}

export interface QuarantineQuery {
  limit: number;
  /** Only reports quarantined before the one with this id (the last of the previous page). */
  before?: string;
}

/**
 * Reports that arrived but cannot be stored because of their content (U+0000, a lone surrogate,
 * a field the schema or PostgreSQL refuses). They are kept here, per tenant, instead of blocking
 * the page or webhook batch they came in.
 */
export interface Quarantine {
  /** Newest first. */
  list(query: QuarantineQuery): Promise<QuarantinedReport[]>;
}

/** The messageId of a refused report when it has a usable one, shortened; never the rest of it. */
export function refusedMessageId(refused: RefusedReport): string | undefined {
  const messageId = (refused.raw as { messageId?: unknown } | null)?.messageId;
  return typeof messageId === "string" && messageId && !unstorableContent(messageId)
    ? messageId.slice(0, 200)
    : undefined;
}
