import { randomUUID } from "node:crypto";
import { isEmailAddress, isMsisdn } from "../domain/address.js";
import { addressKindOf } from "../domain/channel.js";
import { DELIVERY_ERROR } from "../domain/deliveryError.js";
import { smsParts } from "../domain/smsEncoding.js";
import { STATUS } from "../domain/status.js";
import type { Scheduler } from "./clock.js";
import type { Reachability } from "./contacts.js";
import type { Attempt, Message, MessageStore } from "./messages.js";
import { mccMncOf } from "./networks.js";
import { OUTCOME, type Outcome } from "./outcomes.js";
import { FREE, priceOf } from "./prices.js";
import type { SendRequest } from "./sendRequest.js";
import type { Step } from "./wire.js";

/** Time from handing a message to a reachable channel until its delivery report. */
export const DELIVERY_DELAY_MS = 2_000;

/**
 * The failover play. For each message it walks the scenario's steps: a step that cannot go out
 * (no content, no or bad address, unreachable) fails at once and the next starts at the same
 * instant; a reachable step is delivered after DELIVERY_DELAY_MS and ends the play; an offline
 * one waits for its validity period, expires, and hands over to the next step at that moment.
 */
export class FailoverEngine {
  constructor(
    private readonly clock: Scheduler,
    private readonly reachability: Reachability,
    private readonly messages: MessageStore,
    private readonly onAttemptDone: (attempt: Attempt) => void,
  ) {}

  send(
    request: SendRequest,
    flow: readonly Step[],
    bulkId: string | undefined,
    now: number,
  ): Message[] {
    const scheduled = request.sendAt !== undefined && request.sendAt > now;
    const messages = request.destinations.map((destination) => {
      const message = this.messages.add({
        seq: 0,
        messageId: destination.messageId ?? randomUUID(),
        bulkId,
        to: destination.to,
        flow,
        request,
        attempts: [],
      });
      if (!scheduled) this.play(message, 0, now);
      return message;
    });
    if (scheduled) {
      this.clock.schedule(request.sendAt!, (at) => {
        for (const message of messages) this.play(message, 0, at);
      });
    }
    return messages;
  }

  private play(message: Message, fromStep: number, at: number): void {
    for (let i = fromStep; i < message.flow.length; i++) {
      const step = message.flow[i]!;
      const channel = step.channel;
      const content = message.request.content[channel];
      const kind = addressKindOf(channel);
      const address = message.to[kind];
      const text = content?.text;
      const messageCount = channel === "SMS" && text ? smsParts(text, content?.sms).parts : 1;
      const attempt: Attempt = {
        message,
        step: i,
        channel,
        from: step.from,
        to: address ?? message.to.phoneNumber ?? message.to.emailAddress ?? "",
        text,
        sentAt: at,
        doneAt: undefined,
        status: STATUS.PENDING_ENROUTE,
        error: DELIVERY_ERROR.NO_ERROR,
        messageCount,
        price: FREE,
        mccMnc: kind === "phoneNumber" && address !== undefined ? mccMncOf(address) : undefined,
      };
      message.attempts.push(attempt);

      if (!content?.hasContent) {
        this.finish(attempt, OUTCOME.noContent, at);
        continue;
      }
      if (address === undefined) {
        this.finish(attempt, OUTCOME.noAddress, at);
        continue;
      }
      if (!(kind === "phoneNumber" ? isMsisdn(address) : isEmailAddress(address))) {
        this.finish(attempt, OUTCOME.invalidAddress, at);
        continue;
      }
      const reach = this.reachability.reach(channel, address, {
        from: step.from,
        fields: content.fields,
      });
      if (typeof reach !== "string") {
        this.finish(attempt, reach, at);
        continue;
      }
      if (reach === "UNREACHABLE") {
        this.finish(attempt, OUTCOME.unreachable, at);
        continue;
      }
      attempt.price = priceOf(channel, messageCount);
      if (reach === "ONLINE") {
        this.clock.schedule(at + DELIVERY_DELAY_MS, (doneAt) =>
          this.finish(attempt, OUTCOME.delivered, doneAt),
        );
      } else {
        attempt.status = STATUS.PENDING_WAITING_DELIVERY;
        this.clock.schedule(at + content.validityMs, (doneAt) => {
          this.finish(attempt, OUTCOME.expired, doneAt);
          this.play(message, i + 1, doneAt);
        });
      }
      return;
    }
  }

  private finish(attempt: Attempt, outcome: Outcome, at: number): void {
    attempt.status = outcome.status;
    attempt.error = outcome.error;
    attempt.doneAt = at;
    this.onAttemptDone(attempt);
  }
}
