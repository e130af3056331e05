import { wireDate } from "./wireDate.js";
import type { Channel } from "../domain/channel.js";
import type { Attempt } from "./messages.js";
import type { DeliveryReport } from "./wire.js";

export function toDeliveryReport(attempt: Attempt): DeliveryReport {
  const { message } = attempt;
  // Absent optional fields stay undefined (JSON drops them): one object shape keeps this hot path fast.
  return {
    bulkId: message.bulkId,
    messageId: message.messageId,
    to: attempt.to,
    sentAt: wireDate(attempt.sentAt),
    doneAt: wireDate(attempt.doneAt ?? attempt.sentAt),
    messageCount: attempt.messageCount,
    mccMnc: attempt.mccMnc,
    price: attempt.price,
    status: attempt.status,
    error: attempt.error,
    channel: attempt.channel,
    callbackData: message.request.callbackData,
  };
}

export interface ReportFilter {
  bulkId?: string;
  messageId?: string;
  channel?: Channel;
  limit: number;
}

/**
 * Delivery reports waiting to be fetched. `GET /omni/1/reports` is fetch-once: a row handed out
 * is gone for good, whoever asked.
 *
 * DECISION: one row per finished attempt, not one per message. A PUSH→SMS play that fails on
 * PUSH and delivers on SMS yields two rows with the same messageId and different `channel`,
 * which is what the OMNI documentation's PUSH-SMS and VK-SMS report examples show and what lets
 * a client see both the failed attempt and the delivery. The OpenAPI document does not settle
 * it (omni-api.md, Unknowns §8).
 */
export class ReportQueue {
  private seq = 0;
  private pending = new Map<number, { report: DeliveryReport; at: number }>();

  /** `at`: when the report became available (its attempt ended), in sandbox time. */
  push(report: DeliveryReport, at: number): void {
    this.pending.set(this.seq++, { report, at });
  }

  /** Drops the reports that became available before `cutoff` and were never fetched. */
  forgetBefore(cutoff: number): void {
    for (const [id, { at }] of this.pending) if (at < cutoff) this.pending.delete(id);
  }

  take(filter: ReportFilter): DeliveryReport[] {
    const taken: DeliveryReport[] = [];
    for (const [id, { report }] of this.pending) {
      if (taken.length >= filter.limit) break;
      if (filter.bulkId !== undefined && report.bulkId !== filter.bulkId) continue;
      if (filter.messageId !== undefined && report.messageId !== filter.messageId) continue;
      if (filter.channel !== undefined && report.channel !== filter.channel) continue;
      taken.push(report);
      this.pending.delete(id);
    }
    return taken;
  }

  clear(): void {
    this.pending = new Map();
  }
}
