import { DELIVERY_ERROR } from "../../domain/deliveryError.js";
import type { PushMessage } from "./pushMessages.js";

/** `GET /push/1/statistics`, as the OpenAPI document's StatisticsResponse. */
export interface PushStatistics {
  totalSent: number;
  delivered: number;
  seen: number;
  errors: { registration: number; expired: number; cloud: number };
  delivery: { rate: number; time: number };
}

const REGISTRATION_ERRORS = new Set<number>([
  DELIVERY_ERROR.EC_DEVICE_APP_UNINSTALL.id,
  DELIVERY_ERROR.EC_NO_REGISTRATION_ID_FOUND.id,
]);
const CLOUD_ERRORS = new Set<number>([DELIVERY_ERROR.EC_SYS_ERROR_FROM_CLOUD.id]);

/**
 * Counted from the bulk's play. Destinations that found no installation were never sent, so
 * they are not in `totalSent`. `rate` is a percentage with two decimals (the docs' 93.66 is
 * 29568 of 31569); `time` is when the last delivery happened, in epoch ms (0 before any).
 */
export function pushStatistics(messages: readonly PushMessage[]): PushStatistics {
  const stats: PushStatistics = {
    totalSent: 0,
    delivered: 0,
    seen: 0,
    errors: { registration: 0, expired: 0, cloud: 0 },
    delivery: { rate: 0, time: 0 },
  };
  for (const m of messages) {
    if (!m.sent) continue;
    stats.totalSent += 1;
    if (m.status.groupName === "DELIVERED") {
      stats.delivered += 1;
      stats.delivery.time = Math.max(stats.delivery.time, m.doneAt ?? 0);
    }
    if (m.seenAt !== undefined) stats.seen += 1;
    if (m.status.groupName === "EXPIRED") stats.errors.expired += 1;
    else if (REGISTRATION_ERRORS.has(m.error.id)) stats.errors.registration += 1;
    else if (CLOUD_ERRORS.has(m.error.id)) stats.errors.cloud += 1;
  }
  if (stats.totalSent > 0) {
    stats.delivery.rate = Math.round((stats.delivered / stats.totalSent) * 10_000) / 100;
  }
  return stats;
}
