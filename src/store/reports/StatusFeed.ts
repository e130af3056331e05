import type { Database } from "../Database.js";
import { ChangeQueue } from "./ChangeQueue.js";
import type { ReportNotice, ReportStore, StatusChange } from "./ReportStore.js";
import { reportChannelOf } from "./SqlReportStore.js";

/** Subscribe to one message, or to every message of one bulk. */
export type FeedTopic = { messageId: string } | { bulkId: string };

/** The feed as one tenant's subscribers see it. */
export interface TenantFeed {
  subscribe(topic: FeedTopic): AsyncIterableIterator<StatusChange>;
}

const QUEUE_CAPACITY = 1_000;

/**
 * Live status changes for this replica's subscribers. Whichever replica stores a report announces
 * it with NOTIFY; every replica hears it, and the ones with a matching subscriber read the stored
 * report once and hand it to each of them, in the order the announcements arrived. Subscribers
 * are indexed by tenant and id together, so a notice reaches only its own tenant's subscribers.
 */
export class StatusFeed {
  private readonly byMessage = new Map<string, Set<ChangeQueue<StatusChange>>>();
  private readonly byBulk = new Map<string, Set<ChangeQueue<StatusChange>>>();
  private handled: Promise<void> = Promise.resolve();
  private unlisten: (() => Promise<void>) | undefined;

  constructor(
    private readonly db: Database,
    /** Each tenant's store; undefined for a tenant this replica does not serve. */
    private readonly storeOf: (tenant: string) => ReportStore | undefined,
    private readonly onError: (error: unknown) => void,
  ) {}

  async start(): Promise<void> {
    this.unlisten = await this.db.listen(reportChannelOf(this.db), (payload) => {
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

  forTenant(tenant: string): TenantFeed {
    return { subscribe: (topic) => this.subscribe(tenant, topic) };
  }

  private subscribe(tenant: string, topic: FeedTopic): AsyncIterableIterator<StatusChange> {
    const [index, id] =
      "messageId" in topic
        ? [this.byMessage, topicKey(tenant, topic.messageId)]
        : [this.byBulk, topicKey(tenant, topic.bulkId)];
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
    const { key, tenant } = notice;
    const queues = [
      ...(this.byMessage.get(topicKey(tenant, key.messageId)) ?? []),
      ...((key.bulkId && this.byBulk.get(topicKey(tenant, key.bulkId))) || []),
    ];
    if (queues.length === 0) return;
    const change = await this.storeOf(tenant)?.change(notice);
    if (!change) return;
    for (const queue of queues) queue.push(change);
  }
}

/** Tenant ids and message ids may hold any character; a JSON pair cannot be confused. */
function topicKey(tenant: string, id: string): string {
  return JSON.stringify([tenant, id]);
}
