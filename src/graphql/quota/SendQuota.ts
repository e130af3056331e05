import type { QuotaLimits, QuotaUsage, QuotaWindow } from "../../domain/quota.js";
import type { QuotaStore } from "../../store/QuotaStore.js";

/**
 * A send the tenant's quota refuses; nothing was sent. `retryAfterSeconds` is unset when the send
 * is larger than the whole limit, so waiting cannot help.
 */
export class QuotaExceeded extends Error {
  override readonly name = "QuotaExceeded";
  constructor(
    readonly window: QuotaWindow,
    readonly limit: number,
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(`The ${window} quota of ${limit} is used up.`);
  }
}

/** One tenant's quota, as its requests see it. */
export class SendQuota {
  constructor(
    private readonly store: QuotaStore,
    private readonly tenant: string,
    readonly limits: QuotaLimits,
    /** Told of each refused send, by the window that refused it (metrics). */
    private readonly onRefused?: (window: QuotaWindow) => void,
  ) {}

  /** Charges one send of `messages` messages, or throws QuotaExceeded and charges nothing. */
  async consume(messages: number): Promise<void> {
    const decision = await this.store.consume(this.tenant, this.limits, messages);
    if (decision.allowed) return;
    this.onRefused?.(decision.window);
    throw new QuotaExceeded(decision.window, decision.limit, decision.retryAfterSeconds);
  }

  usage(): Promise<QuotaUsage[]> {
    return this.store.usage(this.tenant, this.limits);
  }
}
