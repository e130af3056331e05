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

/** Every accepted message, indexed by messageId and bulkId for the logs' id filters. */
export class MessageStore {
  private messages: Message[] = [];
  private byMessageId = new Map<string, Message[]>();
  private byBulkId = new Map<string, Message[]>();

  /** Stores the message and numbers it (its `seq` is overwritten). */
  add(message: Message): Message {
    message.seq = this.messages.length;
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

  clear(): void {
    this.messages = [];
    this.byMessageId = new Map();
    this.byBulkId = new Map();
  }
}

function index(map: Map<string, Message[]>, key: string, message: Message): void {
  const list = map.get(key);
  if (list) list.push(message);
  else map.set(key, [message]);
}
