import { z } from "zod";
import { parseOmniDate } from "../../domain/omniDate.js";
import { MAX_PUSH_API_TITLE, MAX_PUSH_TEXT } from "../../domain/pushLimits.js";
import type { Condition, PushTarget } from "../../domain/pushTargeting.js";
import { MAX_CALLBACK_DATA } from "../../domain/sendRules.js";
import { normaliseValidityPeriod, TIME_UNITS } from "../../domain/validityPeriod.js";
import { fromZod, PushApiError } from "./pushErrors.js";

/** One destination of a send, with the options every kind accepts. */
export interface PushDestination {
  target: PushTarget;
  /** The address to name in the answer and reports when nothing matches. */
  address?: string;
  messageId?: string;
  targetOnlyPrimaryDevices: boolean;
}

export interface PushSend {
  sender: string;
  destinations: PushDestination[];
  visible: boolean;
  validityMs: number;
  sendAt?: number;
  callbackData?: string;
}

export interface PushSendRequest {
  bulkId?: string;
  messages: PushSend[];
}

const common = {
  messageId: z.string().min(1).optional(),
  targetOnlyPrimaryDevices: z.boolean().optional(),
};

/** Each `$and` / `$or` item names one attribute, as every example in the docs does. */
const conditionSchema = z
  .record(z.string(), z.union([z.string(), z.boolean(), z.number()]))
  .refine((item) => Object.keys(item).length === 1, "must name exactly one attribute")
  .transform((item): Condition => {
    const [attribute, value] = Object.entries(item)[0]!;
    return { attribute, value: typeof value === "number" ? String(value) : value };
  });

const destinationSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("REGISTRATION"), pushRegistrationId: z.string().min(1), ...common }),
  z.object({ type: z.literal("EXTERNAL_USER_ID"), externalUserId: z.string().min(1), ...common }),
  z.object({ type: z.literal("PHONE_NUMBER"), phoneNumber: z.string().min(1), ...common }),
  z.object({ type: z.literal("EMAIL"), email: z.string().min(1), ...common }),
  z
    .object({
      type: z.literal("MULTIPLE"),
      $and: z.array(conditionSchema).optional(),
      $or: z.array(conditionSchema).optional(),
      ...common,
    })
    .refine((d) => (d.$and?.length ?? 0) + (d.$or?.length ?? 0) > 0, {
      message: "MULTIPLE needs at least one condition in $and or $or",
    }),
]);

const dateSchema = z
  .string()
  .transform((text) => parseOmniDate(text).getTime())
  .refine((ms) => !Number.isNaN(ms), "must be a date-time like 2026-07-23T12:55:35.086+0000");

const messageSchema = z.object({
  sender: z.string().min(1),
  destinations: z.array(destinationSchema).min(1),
  content: z.discriminatedUnion("type", [
    z.object({
      type: z.literal("TEXT"),
      title: z.string().max(MAX_PUSH_API_TITLE).optional(),
      text: z.string().min(1).max(MAX_PUSH_TEXT),
    }),
    z.object({
      type: z.literal("IMAGE"),
      title: z.string().max(MAX_PUSH_API_TITLE).optional(),
      text: z.string().min(1).max(MAX_PUSH_TEXT),
      url: z.string().min(1),
    }),
  ]),
  options: z
    .object({
      validityPeriod: z
        .object({
          amount: z.number().int().positive(),
          timeUnit: z.enum(TIME_UNITS).optional(),
        })
        .optional(),
      isSilent: z.boolean().optional(),
      showMirroredPush: z.boolean().optional(),
      sendAt: dateSchema.optional(),
    })
    .optional(),
  webhooks: z.object({ callbackData: z.string().max(MAX_CALLBACK_DATA).optional() }).optional(),
});

const requestSchema = z.object({
  messages: z.array(messageSchema).min(1),
  options: z
    .object({
      schedule: z
        .object({
          bulkId: z.string().min(1).max(100).optional(),
          sendAt: dateSchema.optional(),
        })
        .optional(),
    })
    .optional(),
});

/** `POST /push/3/messages`. Options the sandbox does not play (sounds, badges…) pass unchecked. */
export function parsePushRequest(body: unknown): PushSendRequest {
  const result = requestSchema.safeParse(body);
  if (!result.success) throw fromZod(result.error);
  const { messages, options } = result.data;
  const violations: { property: string; violation: string }[] = [];
  const parsed = messages.map((message, i): PushSend => {
    const period = message.options?.validityPeriod;
    const validity = normaliseValidityPeriod("PUSH", period?.amount, period?.timeUnit);
    if (!validity.ok) {
      violations.push({
        property: `messages[${i}].options.validityPeriod`,
        violation: "must be at least 30 seconds",
      });
    }
    const sendAt = message.options?.sendAt ?? options?.schedule?.sendAt;
    const callbackData = message.webhooks?.callbackData;
    return {
      sender: message.sender,
      destinations: message.destinations.map(toDestination),
      // A silent push is not shown, except when mirrored inside the app.
      visible: message.options?.isSilent !== true || message.options.showMirroredPush === true,
      validityMs: validity.ok ? validity.ms : 0,
      ...(sendAt !== undefined ? { sendAt } : {}),
      ...(callbackData !== undefined ? { callbackData } : {}),
    };
  });
  if (violations.length) throw new PushApiError(400, violations);
  const bulkId = options?.schedule?.bulkId;
  return { ...(bulkId !== undefined ? { bulkId } : {}), messages: parsed };
}

function toDestination(raw: z.output<typeof destinationSchema>): PushDestination {
  const shared = {
    ...(raw.messageId !== undefined ? { messageId: raw.messageId } : {}),
    targetOnlyPrimaryDevices: raw.targetOnlyPrimaryDevices === true,
  };
  switch (raw.type) {
    case "REGISTRATION":
      return { ...shared, target: raw, address: raw.pushRegistrationId };
    case "EXTERNAL_USER_ID":
      return { ...shared, target: raw, address: raw.externalUserId };
    case "PHONE_NUMBER":
      return { ...shared, target: raw, address: raw.phoneNumber };
    case "EMAIL":
      return { ...shared, target: raw, address: raw.email };
    case "MULTIPLE":
      return {
        ...shared,
        target: { type: "MULTIPLE", segment: { and: raw.$and ?? [], or: raw.$or ?? [] } },
      };
  }
}
