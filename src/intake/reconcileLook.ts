import { parseOmniDate } from "../domain/omniDate.js";
import { isFinal } from "../domain/status.js";
import type { WireLog } from "../omni/wire.js";
import type { ClaimedMessage } from "../store/reports/ReconcileQueue.js";

/** OMNI keeps logs for 48 hours; the last look comes an hour before they go. */
const LOG_RETENTION_MS = 48 * 3_600_000;
const LAST_LOOK_BEFORE_RETENTION_MS = 3_600_000;
/** Looks back off exponentially from the first look's delay, up to 2^10 times it. */
const MAX_BACKOFF_DOUBLINGS = 10;

export interface LookSettings {
  /** The delay of the first look after the send, and the unit of the backoff after it. */
  afterMs: number;
  /** How long after an attempt ended (or the last step gave up) its report may still come. */
  graceMs: number;
}

export type LookResult =
  /** Final: the finished attempts to store as reports from the logs. */
  | { final: true; finished: WireLog[] }
  | { final: false; next: Date }
  /** No final status within the logs' retention: the message is not looked up again. */
  | { final: false; next: undefined };

/**
 * What one look at a message's log rows (newest first, as OMNI lists them) decides. The message
 * is final once delivered, or once its newest attempt has ended and no step can still start:
 * its last step's give-up has passed, or that attempt ended longer than the grace period ago
 * (OMNI starts the next step as soon as one fails, so it would be in the logs by then).
 */
export function lookAt(
  message: ClaimedMessage,
  logs: readonly WireLog[],
  now: Date,
  settings: LookSettings,
): LookResult {
  const finished = logs.filter((log) => isFinal(log.status));
  const newest = newestOf(logs);
  const delivered = finished.some((log) => log.status.groupName === "DELIVERED");
  const settled =
    newest !== undefined &&
    isFinal(newest.status) &&
    (now >= message.finalBy ||
      parseOmniDate(newest.doneAt ?? newest.sentAt).getTime() + settings.graceMs <= now.getTime());
  if (delivered || settled) return { final: true, finished };

  const lastLook = message.recordedAt.getTime() + LOG_RETENTION_MS - LAST_LOOK_BEFORE_RETENTION_MS;
  if (now.getTime() >= lastLook) return { final: false, next: undefined };
  let next =
    now.getTime() + settings.afterMs * 2 ** Math.min(message.checks, MAX_BACKOFF_DOUBLINGS);
  const giveUpPassed = message.finalBy.getTime() + settings.graceMs;
  if (giveUpPassed > now.getTime()) next = Math.min(next, giveUpPassed);
  return { final: false, next: new Date(Math.min(next, lastLook)) };
}

/** The attempt that started last; for attempts started together, the later step (listed first). */
function newestOf(logs: readonly WireLog[]): WireLog | undefined {
  let newest: WireLog | undefined;
  let newestAt = -Infinity;
  for (const log of logs) {
    const at = parseOmniDate(log.sentAt).getTime();
    if (at > newestAt) [newest, newestAt] = [log, at];
  }
  return newest;
}
