import type { OmniClient } from "../omni/OmniClient.js";
import { MAX_PAGE, type WireLog } from "../omni/wire.js";
import { logsOfMessages } from "../omni/logsOfMessages.js";
import { lookAt, type LookSettings } from "./reconcileLook.js";
import type { ClaimedMessage, Verdict } from "../store/reports/ReconcileQueue.js";
import { reportFromLog } from "./reportFromLog.js";
import type { ReportStore } from "../store/reports/ReportStore.js";
import { storableReports } from "./storableReports.js";

export interface ReconcileSettings extends LookSettings {
  /** How often each replica looks for messages whose look is due. */
  intervalMs: number;
  /** How long a claimed batch belongs to its replica; a dead replica's batch is taken over then. */
  leaseMs: number;
}

/** Rounds stay bounded: a backlog is worked off over several rounds, not in one long one. */
const MAX_BATCHES_PER_ROUND = 10;

/**
 * Finds the final status of the messages whose report never came (a reports page lost on the
 * way or in a crash, a webhook never delivered) in OMNI's repeatable logs, and stores it as a
 * report from the logs. One per tenant and replica, each with the tenant's own client and rows;
 * replicas share the work through the queue's claims, 1000 messages (one logs call) a batch.
 */
export class Reconciler {
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;

  constructor(
    private readonly client: OmniClient,
    private readonly store: ReportStore,
    private readonly settings: ReconcileSettings,
    private readonly onError: (error: unknown) => void,
    /** Told how many messages each look settled from the logs (metrics). */
    private readonly onReconciled?: (messages: number) => void,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.inFlight ??= this.round()
        .catch(this.onError)
        .finally(() => {
          this.inFlight = undefined;
        });
    }, this.settings.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.inFlight;
  }

  private async round(): Promise<void> {
    const queue = this.store.reconciliation;
    await queue.schedule(this.settings);
    for (let batch = 0; batch < MAX_BATCHES_PER_ROUND; batch++) {
      const claimed = await queue.claim(MAX_PAGE, this.settings.leaseMs);
      if (claimed.length === 0) return;
      await this.look(claimed);
      if (claimed.length < MAX_PAGE) return;
    }
  }

  private async look(claimed: readonly ClaimedMessage[]): Promise<void> {
    const queue = this.store.reconciliation;
    const ids = claimed.map((m) => m.messageId);
    let logs: WireLog[];
    try {
      logs = await logsOfMessages(this.client, ids);
    } catch (error) {
      await queue.release(ids);
      throw error;
    }
    const byMessage = new Map<string, WireLog[]>();
    for (const log of logs)
      byMessage.set(log.messageId, [...(byMessage.get(log.messageId) ?? []), log]);

    const now = new Date();
    const verdicts: Verdict[] = [];
    const finished: WireLog[] = [];
    let givenUp = 0;
    for (const message of claimed) {
      const result = lookAt(message, byMessage.get(message.messageId) ?? [], now, this.settings);
      if (result.final) finished.push(...result.finished);
      else if (!result.next) givenUp++;
      verdicts.push({
        messageId: message.messageId,
        ...(!result.final && result.next && { next: result.next }),
        reconciled: false,
      });
    }
    const { reports, refused } = storableReports(finished.map(reportFromLog));
    const { stored } = await this.store.save(reports, { source: "logs", refused });
    const reconciled = new Set(stored.map((report) => report.messageId));
    await queue.settle(verdicts.map((v) => ({ ...v, reconciled: reconciled.has(v.messageId) })));
    if (reconciled.size > 0) this.onReconciled?.(reconciled.size);
    if (givenUp > 0) {
      this.onError(
        new Error(
          `${givenUp} messages have no final status in OMNI's logs within their retention; no longer looked up`,
        ),
      );
    }
  }
}
