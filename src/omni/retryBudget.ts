import { performance } from "node:perf_hooks";

export interface RetryBudgetOptions {
  /** Retries allowed per call made, over the window. */
  ratio: number;
  /** Retries allowed per window whatever the traffic, so a quiet client can still retry. */
  floor: number;
  windowMs: number;
}

interface Bucket {
  /** Which slice of time the counts belong to; a stale bucket counts as empty. */
  slot: number;
  calls: number;
  retries: number;
}

const BUCKETS = 10;

/**
 * How many retries a client may add to its callers' calls: retries over the last `windowMs` stay
 * under `floor + ratio × calls`. Per-call attempt limits alone multiply the load on an upstream
 * that is failing (four attempts a call is four times the traffic); a budget shared by every call
 * of the client caps that at `1 + ratio`, however many calls fail. Finagle's and Envoy's retry
 * budgets work this way; cockatiel has none.
 */
export class RetryBudget {
  private readonly buckets: Bucket[] = Array.from({ length: BUCKETS }, () => ({
    slot: -1,
    calls: 0,
    retries: 0,
  }));
  private readonly bucketMs: number;

  constructor(
    private readonly options: RetryBudgetOptions,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.bucketMs = options.windowMs / BUCKETS;
  }

  /** A caller's call, which earns the client `ratio` of a retry. */
  recordCall(): void {
    this.current().calls++;
  }

  /** Takes one retry from the budget; false, and nothing taken, when it is spent. */
  tryRetry(): boolean {
    const slot = this.slotNow();
    let calls = 0;
    let retries = 0;
    for (const bucket of this.buckets) {
      if (slot - bucket.slot >= BUCKETS) continue;
      calls += bucket.calls;
      retries += bucket.retries;
    }
    if (retries >= this.options.floor + this.options.ratio * calls) return false;
    this.current().retries++;
    return true;
  }

  private slotNow(): number {
    return Math.floor(this.now() / this.bucketMs);
  }

  private current(): Bucket {
    const slot = this.slotNow();
    const bucket = this.buckets[slot % BUCKETS]!;
    if (bucket.slot !== slot) Object.assign(bucket, { slot, calls: 0, retries: 0 });
    return bucket;
  }
}
