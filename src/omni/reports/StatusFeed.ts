import type { Database } from "../Database.js";
import { ChangeQueue } from "./ChangeQueue.js";
import type { ReportNotice, ReportStore, StatusChange } from "./ReportStore.js";

/** Subscribe to one message, or to every message of one bulk. */
export type FeedTopic = { messageId: string } | { bulkId: string };

const QUEUE_CAPACITY = 1_000;

/**
 * Live status changes for this replica's subscribers. Whichever replica stores a report announces
 * it with NOTIFY; every replica hears it, and the ones with a matching subscriber read the stored
 * report once and hand it to each of them, in the order the announcements arrived.
 */
export class StatusFeed {
  private readonly byMessage = new Map<string, Set<ChangeQueue<StatusChange>>>();
  private readonly byBulk = new Map<string, Set<ChangeQueue<StatusChange>>>();
  private handled: Promise<void> = Promise.resolve();
  private unlisten: (() => Promise<void>) | undefined;

  constructor(
    private readonly db: Database,
    private readonly store: ReportStore,
    private readonly onError: (error: unknown) => void,
  ) {}

  async start(): Promise<void> {
    this.unlisten = await this.db.listen(this.store.channel, (payload) => {
      this.handled = this.handled.then(() => this.deliver(payload)).catch(this.onError);
    });
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    await this.handled;
    for (const queues of [...this.byMessage.values(), ...this.byBulk.values()]) {
      for (const queue of queues) await queue.return();
    }
  }

  subscribe(topic: FeedTopic): AsyncIterableIterator<StatusChange> {
    const [index, id] =
      "messageId" in topic ? [this.byMessage, topic.messageId] : [this.byBulk, topic.bulkId];
    const queue: ChangeQueue<StatusChange> = new ChangeQueue(QUEUE_CAPACITY, () => {
      const set = index.get(id);
      set?.delete(queue);
      if (set?.size === 0) index.delete(id);
    });
    const set = index.get(id) ?? new Set();
    set.add(queue);
    index.set(id, set);
    return queue;
  }

  private async deliver(payload: string): Promise<void> {
    const notice = JSON.parse(payload) as ReportNotice;
    const { key } = notice;
    const queues = [
      ...(this.byMessage.get(key.messageId) ?? []),
      ...((key.bulkId && this.byBulk.get(key.bulkId)) || []),
    ];
    if (queues.length === 0) return;
    const change = await this.store.change(notice);
    if (!change) return;
    for (const queue of queues) queue.push(change);
  }
}
