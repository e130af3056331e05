import type { DeliveryError } from "../../domain/deliveryError.js";
import type { MessageStatus } from "../../domain/status.js";
import type { Price } from "../wire.js";

/** One push to one installation (or, with no installation, the destination that found none). */
export interface PushMessage {
  messageId: string;
  bulkId: string;
  sender: string;
  /** The registration id it went to, or the destination's address when none matched. */
  to: string;
  /** False when the destination resolved to no installation: nothing was sent. */
  sent: boolean;
  /** Shown to the user: not silent, or mirrored inside the app. */
  visible: boolean;
  sentAt: number;
  doneAt?: number;
  seenAt?: number;
  status: MessageStatus;
  error: DeliveryError;
  price: Price;
  callbackData?: string;
}

/** Every push the sandbox accepted, by bulk for the statistics. */
export class PushMessageStore {
  private byBulkId = new Map<string, PushMessage[]>();

  add(message: PushMessage): void {
    const list = this.byBulkId.get(message.bulkId);
    if (list) list.push(message);
    else this.byBulkId.set(message.bulkId, [message]);
  }

  ofBulk(bulkId: string): readonly PushMessage[] {
    return this.byBulkId.get(bulkId) ?? [];
  }

  clear(): void {
    this.byBulkId = new Map();
  }
}
