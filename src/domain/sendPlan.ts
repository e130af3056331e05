import { addressKindOf, type Channel } from "./channel.js";
import { smsParts, type SmsLanguageCode, type SmsParts } from "./smsEncoding.js";
import {
  canAddress,
  stepHasContent,
  stepText,
  type AddressToCheck,
  type SendToCheck,
  type StepToCheck,
} from "./sendRules.js";
import type { Transliteration } from "./transliteration.js";
import { normaliseValidityPeriod } from "./validityPeriod.js";

export interface SmsContentToPlan {
  language?: { languageCode: SmsLanguageCode } | null;
  transliteration?: Transliteration | null;
}

export type SkipReason = "NO_ADDRESS" | "NO_CONTENT";

export interface PlannedStep {
  index: number;
  channel: Channel;
  from?: string;
  /** Where this step sends, or undefined when the destination has no such address. */
  address?: string;
  text?: string;
  /** Set for SMS steps: encoding, parts and the text as sent. */
  sms?: SmsParts;
  validityMs: number;
  skipped?: SkipReason;
  /** The latest moment the step starts: every earlier step ran its full validity period. */
  startsAt: Date;
  /** When the step gives up and hands over; equal to startsAt for a skipped step. */
  givesUpAt: Date;
}

export interface DestinationPlan {
  index: number;
  to: AddressToCheck;
  steps: PlannedStep[];
  /** When the last step gives up: the message is final by then at the latest. */
  givesUpAt: Date;
}

/**
 * The failover timeline of a send, as OMNI plays it when nothing is delivered: a step runs its
 * validity period and hands over to the next; a step that cannot go out (no address, no content)
 * fails at once and takes no time. Counted from sendAt, else from now.
 */
export function planSend(
  send: SendToCheck,
  flow: readonly StepToCheck[],
  now: Date,
): DestinationPlan[] {
  const start = (send.sendAt ?? now).getTime();
  const sms = send.content.SMS as SmsContentToPlan | undefined;
  return send.destinations.map((destination, index) => {
    let cursor = start;
    const steps = flow.map((step, stepIndex): PlannedStep => {
      const { channel } = step;
      const content = send.content[channel];
      const validity = normaliseValidityPeriod(
        channel,
        content?.validityPeriod ?? undefined,
        content?.validityPeriodTimeUnit ?? undefined,
      );
      const validityMs = validity.ok ? validity.ms : 0;
      const text = stepText(send, channel);
      const skipped: SkipReason | undefined = !canAddress(destination.to, channel)
        ? "NO_ADDRESS"
        : !stepHasContent(send, channel)
          ? "NO_CONTENT"
          : undefined;
      const startsAt = cursor;
      if (!skipped) cursor += validityMs;
      const address = destination.to?.[addressKindOf(channel)] ?? undefined;
      return {
        index: stepIndex,
        channel,
        ...(step.from !== undefined ? { from: step.from } : {}),
        ...(address ? { address } : {}),
        ...(text !== undefined ? { text } : {}),
        ...(channel === "SMS" && text !== undefined
          ? {
              sms: smsParts(text, {
                languageCode: sms?.language?.languageCode,
                transliteration: sms?.transliteration ?? undefined,
              }),
            }
          : {}),
        validityMs,
        ...(skipped ? { skipped } : {}),
        startsAt: new Date(startsAt),
        givesUpAt: new Date(cursor),
      };
    });
    return { index, to: destination.to ?? {}, steps, givesUpAt: new Date(cursor) };
  });
}
