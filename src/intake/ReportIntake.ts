import { mayHaveReachedUpstream } from "../omni/errors.js";
import type { OmniClient } from "../omni/OmniClient.js";
import { MAX_PAGE } from "../omni/wire.js";
import type { RefusedReport, ReportStore, SaveOutcome } from "../store/reports/ReportStore.js";
import { refusedMessageId } from "../store/reports/Quarantine.js";
import { storableReports, type SortedReports } from "./storableReports.js";

interface Source {
  take(query: { limit: number }): Promise<unknown[]>;
  /** A page taken but not stored: the fetch-once endpoint will not give it again. */
  unsaved?: SortedReports;
}

/**
 * Moves reports into the store from both sources: the fetch-once upstream endpoint (drained by
 * polling and before reads) and the `notifyUrl` webhook. Drains are single-flight: concurrent
 * callers share one drain, so a burst of reads costs one upstream round, and no two drains race.
 * A report the store cannot hold is quarantined, never blocking the rest of its page.
 */
export class ReportIntake {
  private inFlight: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** OMNI's reports and the Mobile Push API's come from two endpoints into the one store. */
  private readonly sources: Source[] = [
    { take: (query) => this.client.drainReports(query) },
    { take: (query) => this.client.drainPushReports(query) },
  ];

  constructor(
    private readonly client: OmniClient,
    private readonly store: ReportStore,
    private readonly onError: (error: unknown) => void,
  ) {}

  drain(): Promise<void> {
    this.inFlight ??= this.drainAll().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /**
   * Reports pushed to the webhook; once this resolves they are committed (stored or
   * quarantined) and may be acknowledged.
   */
  accept(arrived: readonly unknown[]): Promise<SaveOutcome> {
    return this.save(this.sorted(arrived), "webhook");
  }

  /** Background polling, so reports are taken in even when nobody reads them. */
  start(intervalMs: number): void {
    this.timer = setInterval(() => {
      this.drain().catch(this.onError);
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.inFlight?.catch(() => undefined);
  }

  private async drainAll(): Promise<void> {
    await Promise.all(this.sources.map((source) => this.drainSource(source)));
  }

  private async drainSource(source: Source): Promise<void> {
    for (;;) {
      // Asking again is the only acknowledgement the fetch-once endpoint knows: a page whose
      // save failed is kept and saved before the next is asked for, so no page is lost.
      let more = true;
      if (!source.unsaved) {
        const page = await this.take(source);
        more = page.length >= MAX_PAGE;
        source.unsaved = this.sorted(page);
      }
      await this.save(source.unsaved, "poll");
      source.unsaved = undefined;
      if (!more) return;
    }
  }

  /**
   * A request that may have reached upstream and whose answer never arrived may have carried a
   * page that is gone for good: every message still waiting for its report is looked up in the
   * logs at the next reconciliation round.
   */
  private async take(source: Source): Promise<unknown[]> {
    try {
      return await source.take({ limit: MAX_PAGE });
    } catch (error) {
      if (mayHaveReachedUpstream(error)) {
        await this.store.reconciliation.soon().catch(this.onError);
      }
      throw error;
    }
  }

  private async save(
    { reports, refused }: SortedReports,
    source: "poll" | "webhook",
  ): Promise<SaveOutcome> {
    const outcome = await this.store.save(reports, { source, refused });
    const byDatabase = outcome.quarantined - refused.length;
    if (byDatabase > 0) {
      this.onError(new Error(`quarantined ${byDatabase} reports the database refused`));
    }
    return outcome;
  }

  /** One line per refused report, naming only its messageId and the faulty field. */
  private sorted(arrived: readonly unknown[]): SortedReports {
    const sorted = storableReports(arrived);
    for (const refused of sorted.refused) this.onError(new Error(describe(refused)));
    return sorted;
  }
}

function describe(refused: RefusedReport): string {
  const messageId = refusedMessageId(refused) ?? "(no messageId)";
  return `skipped malformed report ${messageId} at ${refused.reason} (quarantined)`;
}
