/** A sent message whose final report has not come, claimed for one look at OMNI's logs. */
export interface ClaimedMessage {
  messageId: string;
  recordedAt: Date;
  /** When its last step gives up at the latest: no step can be running after this. */
  finalBy: Date;
  /** How many looks it had already. */
  checks: number;
}

/** What one look decided. */
export interface Verdict {
  messageId: string;
  /** The next look, or undefined when there is nothing more to look for. */
  next?: Date;
  /** The look stored a report for the message that had not come otherwise. */
  reconciled: boolean;
}

export interface FirstLook {
  /** The latest first look after the send, sooner than the last step's give-up when that is later. */
  afterMs: number;
  /** How long after the last step's give-up its report still has to arrive before a look. */
  graceMs: number;
}

/**
 * The sent messages of one tenant that are still waiting for their final report, each with the
 * time of its next look at OMNI's logs. Replicas share it: a batch is claimed with a lease, so
 * two replicas never look the same message up at once, and a batch whose claimer died is taken
 * over once its lease ends.
 */
export interface ReconcileQueue {
  /** Gives messages sent since the last round their first look; resolves with how many. */
  schedule(first: FirstLook): Promise<number>;
  /** Up to `limit` messages whose look is due, held for `leaseMs`. */
  claim(limit: number, leaseMs: number): Promise<ClaimedMessage[]>;
  /** Ends a claim with what the look found. */
  settle(verdicts: readonly Verdict[]): Promise<void>;
  /** Ends a claim without a look (the logs could not be read): due again at the next round. */
  release(messageIds: readonly string[]): Promise<void>;
  /**
   * A reports page may have been lost (the request reached upstream, its answer never arrived):
   * every message still waiting is looked up at the next round instead of at its own time.
   * Resolves with how many.
   */
  soon(): Promise<number>;
}
