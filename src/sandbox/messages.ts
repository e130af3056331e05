import type { Channel } from "../domain/channel.js";
import type { DeliveryError } from "../domain/deliveryError.js";
import type { MessageStatus } from "../domain/status.js";
import type { SendRequest } from "./sendRequest.js";
import type { Price, Step, To } from "./wire.js";

/** One step of one message's failover play: a row of the logs, and a report once it ends. */
export interface Attempt {
  message: Message;
  step: number;
  channel: Channel;
  from?: string;
  to: string;
  text?: string;
  sentAt: number;
  doneAt?: number;
  status: MessageStatus;
  error: DeliveryError;
  messageCount: number;
  price: Price;
  mccMnc?: string;
}

export interface Message {
  seq: number;
  messageId: string;
  bulkId?: string;
  to: To;
  /** The scenario's flow as it was at send time. */
  flow: readonly Step[];
  /** Shared by every message of the send: content per channel, callbackData, notifyUrl. */
  request: SendRequest;
  attempts: Attempt[];
}

/**
 * Every accepted message, in the order it was sent, indexed by messageId and bulkId for the logs'
 * id filters, until its retention is over.
 */
export class MessageStore {
  private messages: Message[] = [];
  private byMessageId = new Map<string, Message[]>();
  private byBulkId = new Map<string, Message[]>();
  private nextSeq = 0;

  /** Stores the message and numbers it (its `seq` is overwritten). */
  add(message: Message): Message {
    message.seq = this.nextSeq++;
    this.messages.push(message);
    index(this.byMessageId, message.messageId, message);
    if (message.bulkId !== undefined) index(this.byBulkId, message.bulkId, message);
    return message;
  }

  all(): readonly Message[] {
    return this.messages;
  }

  withMessageIds(ids: readonly string[]): Message[] {
    return ids.flatMap((id) => this.byMessageId.get(id) ?? []);
  }

  withBulkIds(ids: readonly string[]): Message[] {
    return ids.flatMap((id) => this.byBulkId.get(id) ?? []);
  }

  /**
   * Forgets the oldest messages whose play is over and whose every attempt started before
   * `cutoff`. Only from the front, so a read costs what it frees: a message still playing (or
   * scheduled for later) keeps the younger ones behind it a while, and the logs hide their old
   * rows meanwhile (see queryLogs).
   */
  forgetBefore(cutoff: number): void {
    let count = 0;
    while (count < this.messages.length && isOver(this.messages[count]!, cutoff)) count++;
    if (count === 0) return;
    const gone = new Set(this.messages.splice(0, count));
    unindex(this.byMessageId, gone, (m) => m.messageId);
    unindex(this.byBulkId, gone, (m) => m.bulkId);
  }

  clear(): void {
    this.messages = [];
    this.byMessageId = new Map();
    this.byBulkId = new Map();
  }
}

/** A play is over once its latest attempt has ended: the next step starts in the same instant. */
function isOver(message: Message, cutoff: number): boolean {
  const last = message.attempts.at(-1);
  return last !== undefined && last.doneAt !== undefined && last.sentAt < cutoff;
}

function unindex(
  map: Map<string, Message[]>,
  gone: ReadonlySet<Message>,
  keyOf: (message: Message) => string | undefined,
): void {
  const keys = new Set([...gone].map(keyOf));
  for (const key of keys) {
    if (key === undefined) continue;
    const left = (map.get(key) ?? []).filter((m) => !gone.has(m));
    if (left.length) map.set(key, left);
    else map.delete(key);
  }
}

function index(map: Map<string, Message[]>, key: string, message: Message): void {
  const list = map.get(key);
  if (list) list.push(message);
  else map.set(key, [message]);
}
