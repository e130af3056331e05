/**
 * Per-tenant send quotas: the windows, how long each lasts, and what one send costs in each.
 *
 * Windows are fixed and aligned on the Unix epoch, so any two clocks that agree on the instant
 * agree on the window; the day window therefore runs from midnight to midnight UTC. Fixed windows
 * let a tenant spend a full limit on each side of a boundary (twice the rate for a moment), which
 * is the price of one counter row per window instead of a log of every send.
 */
export type QuotaWindow = "messagesPerDay" | "messagesPerMinute" | "sendRequestsPerSecond";

/** A tenant's limits; a window without a limit is not counted at all. */
export type QuotaLimits = Partial<Record<QuotaWindow, number>>;

export const WINDOW_SECONDS: Readonly<Record<QuotaWindow, number>> = {
  messagesPerDay: 86_400,
  messagesPerMinute: 60,
  sendRequestsPerSecond: 1,
};

/**
 * Longest first. Charges take their row locks in this order, so two sends of one tenant never
 * deadlock; and since the longer window resets no sooner, the first window found full is the
 * one whose reset the client has to wait for.
 */
export const QUOTA_WINDOWS: readonly QuotaWindow[] = [
  "messagesPerDay",
  "messagesPerMinute",
  "sendRequestsPerSecond",
];

/** The longest window: usage older than this is over in every window. */
export const LONGEST_WINDOW_SECONDS = Math.max(...Object.values(WINDOW_SECONDS));

/** What one send adds to one window. */
export interface QuotaCharge {
  window: QuotaWindow;
  limit: number;
  amount: number;
}

export type QuotaDecision =
  | { allowed: true }
  | {
      allowed: false;
      window: QuotaWindow;
      limit: number;
      /** Whole seconds until `window` resets and the send could pass. */
      retryAfterSeconds: number;
      never?: undefined;
    }
  | {
      allowed: false;
      window: QuotaWindow;
      limit: number;
      retryAfterSeconds?: undefined;
      /** The send asks for more than the whole limit: waiting will not help, splitting will. */
      never: true;
    };

export interface QuotaUsage {
  window: QuotaWindow;
  limit: number;
  used: number;
  remaining: number;
  resetsAt: Date;
}

/**
 * The charges of one send of `messages` messages (a destination is one message; the send itself
 * is one request), in lock order. A message window is not charged for a send of no messages.
 */
export function chargesFor(limits: QuotaLimits, messages: number): QuotaCharge[] {
  if (!Number.isSafeInteger(messages) || messages < 0) {
    throw new RangeError(`A send counts a whole number of messages, not ${messages}.`);
  }
  return configuredWindows(limits).flatMap(({ window, limit }) => {
    const amount = window === "sendRequestsPerSecond" ? 1 : messages;
    return amount > 0 ? [{ window, limit, amount }] : [];
  });
}

/** The windows that have a limit, in lock order. */
export function configuredWindows(limits: QuotaLimits): { window: QuotaWindow; limit: number }[] {
  return QUOTA_WINDOWS.flatMap((window) => {
    const limit = limits[window];
    if (limit === undefined) return [];
    if (!Number.isSafeInteger(limit) || limit < 0) {
      throw new RangeError(`Quota ${window} must be a whole number of at least 0, not ${limit}.`);
    }
    return [{ window, limit }];
  });
}

/** The first charge that is over its limit even in an empty window. */
export function neverFits(charges: readonly QuotaCharge[]): QuotaCharge | undefined {
  return charges.find((c) => c.amount > c.limit);
}

export function windowStart(window: QuotaWindow, at: Date): Date {
  const length = WINDOW_SECONDS[window] * 1000;
  return new Date(Math.floor(at.getTime() / length) * length);
}

export function windowEnd(window: QuotaWindow, at: Date): Date {
  return new Date(windowStart(window, at).getTime() + WINDOW_SECONDS[window] * 1000);
}

/**
 * Rounded up, so a client that waits this long is in the next window; at least 1, since the
 * window's end is always after `at`.
 */
export function secondsUntilReset(window: QuotaWindow, at: Date): number {
  return Math.ceil((windowEnd(window, at).getTime() - at.getTime()) / 1000);
}

export function usageOf(window: QuotaWindow, limit: number, used: number, at: Date): QuotaUsage {
  return {
    window,
    limit,
    used,
    // Above zero only: a limit lowered mid-window leaves more used than allowed.
    remaining: Math.max(0, limit - used),
    resetsAt: windowEnd(window, at),
  };
}
