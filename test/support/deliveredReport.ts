import type { WireReport } from "../../src/omni/wire.js";

/** A delivery report as OMNI posts it to a webhook: one SMS, delivered. */
export function deliveredReport(
  messageId: string,
  fields: Partial<Pick<WireReport, "bulkId" | "doneAt">> = {},
): WireReport {
  return {
    bulkId: fields.bulkId ?? "bulk-1",
    messageId,
    to: "41793026727",
    sentAt: "2026-01-01T10:00:00.000+0000",
    doneAt: fields.doneAt ?? "2026-01-01T10:00:05.000+0000",
    messageCount: 1,
    price: { pricePerMessage: 0.01, currency: "EUR" },
    status: {
      groupId: 3,
      groupName: "DELIVERED",
      id: 5,
      name: "DELIVERED_TO_HANDSET",
      description: "Delivered",
    },
    channel: "SMS",
  };
}
