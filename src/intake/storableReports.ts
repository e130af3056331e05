import type { WireReport } from "../omni/wire.js";
import type { RefusedReport } from "../store/reports/ReportStore.js";
import { reportSchema } from "./reportSchema.js";
import { unstorableContent } from "../store/reports/unstorableContent.js";

export interface SortedReports {
  reports: WireReport[];
  refused: RefusedReport[];
}

/**
 * Splits what arrived into reports the store can take and reports it cannot, decided by content
 * before the database is asked: the schema's checks, then what PostgreSQL cannot hold. Refused
 * reports keep their raw form, unknown members included, for the quarantine.
 */
export function storableReports(arrived: readonly unknown[]): SortedReports {
  const sorted: SortedReports = { reports: [], refused: [] };
  for (const raw of arrived) {
    const parsed = reportSchema.safeParse(raw);
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      const reason = issue ? `${issue.path.join(".") || "report"}: ${issue.message}` : "malformed";
      sorted.refused.push({ raw, reason });
      continue;
    }
    const problem = unstorableContent(parsed.data);
    if (problem) sorted.refused.push({ raw, reason: problem });
    else sorted.reports.push(parsed.data);
  }
  return sorted;
}
