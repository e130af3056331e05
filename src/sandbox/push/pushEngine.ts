import { randomUUID } from "node:crypto";
import { DELIVERY_ERROR } from "../../domain/deliveryError.js";
import { selectDevices } from "../../domain/pushTargeting.js";
import { STATUS } from "../../domain/status.js";
import type { Scheduler } from "../clock.js";
import type { Device, DeviceStore } from "../devices.js";
import { DELIVERY_DELAY_MS } from "../engine.js";
import { OUTCOME, type Outcome } from "../outcomes.js";
import { FREE, priceOf } from "../prices.js";
import { fateOf, NO_DEVICE } from "./deviceFate.js";
import type { PushMessage, PushMessageStore } from "./pushMessages.js";
import type { PushSend, PushSendRequest } from "./pushRequest.js";

/** How long after delivery a user who opens notifications has seen one. */
export const SEEN_DELAY_MS = 60_000;

/**
 * The play of `POST /push/3/messages`: every destination is resolved against the installations
 * of the sender's application, and each installation reached gets its own message. Those that
 * show it deliver after DELIVERY_DELAY_MS (and are seen a minute later when the user opens
 * notifications and the push is visible); dead registrations and cloud failures fail at once;
 * the rest wait out the validity period and expire.
 */
export class PushEngine {
  constructor(
    private readonly clock: Scheduler,
    private readonly devices: DeviceStore,
    private readonly store: PushMessageStore,
    private readonly onDone: (message: PushMessage) => void,
  ) {}

  send(request: PushSendRequest, now: number): { bulkId: string; messages: PushMessage[] } {
    const bulkId = request.bulkId ?? randomUUID();
    const messages: PushMessage[] = [];
    for (const send of request.messages) {
      const sentAt = send.sendAt !== undefined && send.sendAt > now ? send.sendAt : now;
      for (const destination of send.destinations) {
        const reached = selectDevices(this.devices.values(), destination.target, {
          applicationCode: send.sender,
          targetOnlyPrimaryDevices: destination.targetOnlyPrimaryDevices,
          includeNotificationsDisabledDevices: true,
        });
        if (reached.length === 0) {
          const message = this.message(send, bulkId, sentAt, destination.address ?? "", {
            messageId: destination.messageId,
            sent: false,
          });
          this.store.add(message);
          messages.push(message);
          this.finish(message, NO_DEVICE, now);
          continue;
        }
        for (const device of reached) {
          // A messageId names one message; a destination reaching several devices gets new ones.
          const message = this.message(send, bulkId, sentAt, device.pushRegistrationId, {
            messageId: reached.length === 1 ? destination.messageId : undefined,
            sent: true,
          });
          this.store.add(message);
          messages.push(message);
          if (sentAt > now)
            this.clock.schedule(sentAt, (at) => this.play(message, device, send, at));
          else this.play(message, device, send, now);
        }
      }
    }
    return { bulkId, messages };
  }

  private message(
    send: PushSend,
    bulkId: string,
    sentAt: number,
    to: string,
    options: { messageId: string | undefined; sent: boolean },
  ): PushMessage {
    return {
      messageId: options.messageId ?? randomUUID(),
      bulkId,
      sender: send.sender,
      to,
      sent: options.sent,
      visible: send.visible,
      sentAt,
      status: STATUS.PENDING_ENROUTE,
      error: DELIVERY_ERROR.NO_ERROR,
      price: FREE,
      ...(send.callbackData !== undefined ? { callbackData: send.callbackData } : {}),
    };
  }

  private play(message: PushMessage, device: Device, send: PushSend, at: number): void {
    const fate = fateOf(device);
    if (typeof fate !== "string") {
      this.finish(message, fate, at);
      return;
    }
    message.price = priceOf("PUSH", 1);
    if (fate === "WAIT") {
      message.status = STATUS.PENDING_WAITING_DELIVERY;
      this.clock.schedule(at + send.validityMs, (doneAt) =>
        this.finish(message, OUTCOME.expired, doneAt),
      );
      return;
    }
    this.clock.schedule(at + DELIVERY_DELAY_MS, (doneAt) => {
      this.finish(message, OUTCOME.delivered, doneAt);
      if (message.visible && device.seesNotifications) {
        this.clock.schedule(doneAt + SEEN_DELAY_MS, (seenAt) => {
          message.seenAt = seenAt;
        });
      }
    });
  }

  private finish(message: PushMessage, outcome: Outcome, at: number): void {
    message.status = outcome.status;
    message.error = outcome.error;
    message.doneAt = at;
    this.onDone(message);
  }
}
