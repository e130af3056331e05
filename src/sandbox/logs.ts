import type { Channel } from "../domain/channel.js";
import { wireDate } from "./wireDate.js";
import type { Attempt, MessageStore } from "./messages.js";
import type { OmniLog } from "./wire.js";

export interface LogFilter {
  from?: string;
  to?: string;
  bulkIds: string[];
  messageIds: string[];
  generalStatus?: string;
  channel?: Channel;
  sentSince?: number;
  sentUntil?: number;
  mcc?: string;
  mnc?: string;
  limit: number;
  /** Attempts that started before this are no longer kept (see retention.ts). */
  keptSince: number;
}

/**
 * Logs are repeatable and show every started attempt, running ones included, newest first
 * (by sentAt, then by step, then by message), for as long as they are kept.
 */
export function queryLogs(store: MessageStore, filter: LogFilter): OmniLog[] {
  const candidates =
    filter.messageIds.length > 0
      ? unique(store.withMessageIds(filter.messageIds))
      : filter.bulkIds.length > 0
        ? unique(store.withBulkIds(filter.bulkIds))
        : store.all();
  const bulkIds = filter.bulkIds.length > 0 ? new Set(filter.bulkIds) : undefined;
  const rows: Attempt[] = [];
  for (const message of candidates) {
    if (bulkIds && (message.bulkId === undefined || !bulkIds.has(message.bulkId))) continue;
    for (const attempt of message.attempts) {
      if (attempt.sentAt >= filter.keptSince && matches(attempt, filter)) rows.push(attempt);
    }
  }
  rows.sort((a, b) => b.sentAt - a.sentAt || b.step - a.step || b.message.seq - a.message.seq);
  return rows.slice(0, filter.limit).map(toOmniLog);
}

function matches(attempt: Attempt, filter: LogFilter): boolean {
  return (
    (filter.from === undefined || attempt.from === filter.from) &&
    (filter.to === undefined || attempt.to === filter.to) &&
    (filter.generalStatus === undefined || attempt.status.groupName === filter.generalStatus) &&
    (filter.channel === undefined || attempt.channel === filter.channel) &&
    (filter.sentSince === undefined || attempt.sentAt >= filter.sentSince) &&
    (filter.sentUntil === undefined || attempt.sentAt <= filter.sentUntil) &&
    (filter.mcc === undefined || attempt.mccMnc?.slice(0, 3) === filter.mcc) &&
    (filter.mnc === undefined || attempt.mccMnc?.slice(3) === filter.mnc)
  );
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function toOmniLog(attempt: Attempt): OmniLog {
  const { message } = attempt;
  return {
    bulkId: message.bulkId,
    messageId: message.messageId,
    to: attempt.to,
    from: attempt.from,
    text: attempt.text,
    sentAt: wireDate(attempt.sentAt),
    doneAt: attempt.doneAt === undefined ? undefined : wireDate(attempt.doneAt),
    messageCount: attempt.messageCount,
    mccMnc: attempt.mccMnc,
    price: attempt.price,
    status: attempt.status,
    channel: attempt.channel,
  };
}
