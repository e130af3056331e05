import { z } from "zod";
import { isMsisdn } from "../domain/address.js";
import type { Channel } from "../domain/channel.js";
import type { Outcome } from "./outcomes.js";

export const REACHES = ["ONLINE", "OFFLINE", "UNREACHABLE"] as const;
export type Reach = (typeof REACHES)[number];

/** Channels reached by phone number whose reachability a contact can set; PUSH follows devices. */
const PHONE_CHANNELS = ["VIBER", "FACEBOOK", "VKONTAKTE", "PARSECO", "SMS", "VOICE"] as const;

export const contactChannelsSchema = z.partialRecord(z.enum(PHONE_CHANNELS), z.enum(REACHES));

export const contactInputSchema = z.object({
  phoneNumber: z.string().refine(isMsisdn, "must be an international number without +"),
  channels: contactChannelsSchema,
});

export type ContactInput = z.infer<typeof contactInputSchema>;
export type Contact = ContactInput;

/** The step being played: its sender and the request's content for its channel. */
export interface StepContext {
  from?: string;
  fields: Record<string, unknown>;
}

/**
 * Answers "is this address reachable on this channel right now". The failover engine asks it at
 * the start of every step. An Outcome is a failure with its own status and error.
 */
export interface Reachability {
  reach(channel: Channel, address: string, step: StepContext): Reach | Outcome;
}

/**
 * Who is reachable where. SMS, VOICE and EMAIL reach any valid address unless a contact says
 * otherwise. One store serves every account: a phone is reachable on Viber or not whichever
 * account sends to it.
 */
export class ContactStore implements Reachability {
  private readonly byPhone = new Map<string, Contact>();

  constructor(private readonly seed: readonly Contact[] = []) {
    this.reset();
  }

  list(): Contact[] {
    return [...this.byPhone.values()];
  }

  get(phoneNumber: string): Contact | undefined {
    return this.byPhone.get(phoneNumber);
  }

  put(contact: Contact): Contact {
    this.byPhone.set(contact.phoneNumber, contact);
    return contact;
  }

  delete(phoneNumber: string): boolean {
    return this.byPhone.delete(phoneNumber);
  }

  /** Back to the seed; a phone seeded twice keeps the later entry. */
  reset(): void {
    this.byPhone.clear();
    for (const contact of this.seed) this.put(contact);
  }

  reach(channel: Channel, address: string): Reach {
    if (channel === "EMAIL") return "ONLINE";
    if (channel === "PUSH") return "UNREACHABLE";
    const explicit = this.byPhone.get(address)?.channels[channel];
    if (explicit) return explicit;
    return channel === "SMS" || channel === "VOICE" ? "ONLINE" : "UNREACHABLE";
  }
}
