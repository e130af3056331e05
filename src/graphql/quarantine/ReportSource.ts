import { registerEnumType } from "type-graphql";
import type { ReportSource as ReportSourceName } from "../../store/reports/ReportStore.js";

export const ReportSource = {
  POLL: "poll",
  WEBHOOK: "webhook",
  LOGS: "logs",
} as const satisfies Record<string, ReportSourceName>;

registerEnumType(ReportSource, {
  name: "ReportSource",
  description: "How a report reached the gateway.",
  valuesConfig: {
    POLL: { description: "Drained from OMNI's fetch-once reports endpoint." },
    WEBHOOK: { description: "Pushed by OMNI to the gateway's report webhook." },
    LOGS: { description: "Rebuilt from OMNI's logs because the report itself never came." },
  },
});
