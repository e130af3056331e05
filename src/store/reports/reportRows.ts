import type { DeliveryReport } from "../../domain/deliveryReport.js";
import type { ReportSource, StoredReport } from "./ReportStore.js";

/** A row of the reports table, as every read of stored reports selects it. */
export interface ReportRow {
  body: DeliveryReport;
  received_at: Date;
  source: ReportSource | null;
}

/** Every column a StoredReport is read from. */
export const REPORT_COLUMNS = "body, received_at, source";

export function toStored(row: ReportRow): StoredReport {
  return {
    ...row.body,
    receivedAt: new Date(row.received_at),
    ...(row.source && { source: row.source }),
  };
}
