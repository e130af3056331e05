/**
 * OMNI's answers as the client decodes them, before any part of the gateway reads them. The
 * response types of wire.ts and pushWire.ts are inferred from these, so the two cannot drift.
 *
 * Lenient where Infobip is: unknown members are accepted (and dropped, so what the gateway holds
 * is exactly its type), optional members may be absent or null, and every example of the OpenAPI
 * documents decodes (test/omni/wireSchemas.test.ts). Those documents mark no member of these
 * answers required; the schemas require what the gateway cannot do without: the ids it follows
 * messages and scenarios by, the statuses it reports, the dates it orders attempts by. Channels
 * are the product's (domain/channel.ts), as in the report schema and the sandbox.
 */
import { z } from "zod";
import { CHANNELS } from "../domain/channel.js";
import { STATUS_GROUPS } from "../domain/status.js";

/**
 * A whole answer: null members are deleted before the schema sees them, so `.optional()` means
 * absent or null (OMNI writes either) and the types stay free of null. One walk over the freshly
 * parsed body costs a tenth of a null-to-undefined transform on every optional member.
 */
function answer<T extends z.ZodType>(schema: T) {
  return z.preprocess(withoutNulls, schema);
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (const item of value) withoutNulls(item);
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const member = record[key];
      if (member === null) delete record[key];
      else if (typeof member === "object") withoutNulls(member);
    }
  }
  return value;
}

/**
 * Infobip's `yyyy-MM-dd'T'HH:mm:ss.SSS+0000`, or ISO 8601 with `Z` or `+01:00`, every field in
 * range: whatever matches, parseOmniDate reads as a valid date. A pattern rather than parsing
 * each date: parsing the two dates of every log row made a 1000-row page four times as slow.
 */
const OMNI_DATE =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;

export const omniDateSchema = z.string().regex(OMNI_DATE, "not a date");

export const messageStatusSchema = z.object({
  groupId: z.number().int(),
  groupName: z.enum(STATUS_GROUPS),
  id: z.number().int(),
  name: z.string(),
  // Prose only, which some senders leave out.
  description: z.string().default(""),
});

export const priceSchema = z.object({ pricePerMessage: z.number(), currency: z.string() });

export const stepSchema = z.object({
  from: z.string().optional(),
  channel: z.enum(CHANNELS),
});

/**
 * The document types `key` int64, but every example, the legacy clients and the OMNI pages use
 * 32-hex-character strings (the contract tests make the same exception).
 */
export const scenarioSchema = z.object({
  key: z.string().min(1),
  name: z.string().optional(),
  flow: z.array(stepSchema),
  default: z.boolean().default(false),
});

export const toSchema = z.object({
  phoneNumber: z.string().optional(),
  emailAddress: z.string().optional(),
});

export const sentMessageSchema = z.object({
  // Without these the caller still has its message: `to` and the status resolve from the logs.
  to: toSchema.optional(),
  status: messageStatusSchema.optional(),
  messageId: z.string().min(1),
});

export const sendResponseSchema = z.object({
  bulkId: z.string().optional(),
  messages: z.array(sentMessageSchema),
});

export const logSchema = z.object({
  bulkId: z.string().optional(),
  messageId: z.string().min(1),
  to: z.string(),
  from: z.string().optional(),
  text: z.string().optional(),
  sentAt: omniDateSchema,
  doneAt: omniDateSchema.optional(),
  messageCount: z.number().int().nonnegative(),
  mccMnc: z.string().optional(),
  price: priceSchema.optional(),
  status: messageStatusSchema,
  channel: z.enum(CHANNELS),
});

/**
 * The Mobile Push API's status groups add ACCEPTED, which OMNI's catalogue has not: such a
 * status reads as none, which the gateway answers as accepted (PENDING_ENROUTE).
 */
const pushStatusSchema = z.union([
  messageStatusSchema,
  z.object({ groupName: z.literal("ACCEPTED") }).transform(() => undefined),
]);

export const pushResponseSchema = z.object({
  bulkId: z.string().optional(),
  messages: z.array(
    z.object({
      messageId: z.string().optional(),
      status: pushStatusSchema.optional(),
      destination: z.string().optional(),
    }),
  ),
});

const count = z.number().int();

export const pushStatisticsSchema = z.object({
  totalSent: count,
  delivered: count,
  seen: count,
  errors: z.object({ registration: count, expired: count, cloud: count }),
  // When the last delivery happened, in epoch ms; 0 or absent before any.
  delivery: z.object({ rate: z.number(), time: z.number().optional() }),
});

/** What each client method decodes the upstream's answer with. */
export const ANSWERS = {
  scenario: answer(scenarioSchema),
  scenarios: answer(z.object({ scenarios: z.array(scenarioSchema) })),
  sendResponse: answer(sendResponseSchema),
  /**
   * The hot path: a page of 1000 rows (465 kB) decodes in 0.7 ms on Node 20, on the 2-core
   * machine of the README's figures, while JSON.parse of the same page takes 1.3 ms.
   */
  logs: answer(z.object({ results: z.array(logSchema) })),
  /**
   * Fetch-once report pages: each report is judged apart by the report schema and quarantined
   * if malformed, raw form and nulls included, rather than failing the page it came in.
   */
  reports: z.object({ results: z.array(z.unknown()) }),
  pushResponse: answer(pushResponseSchema),
  pushStatistics: answer(pushStatisticsSchema),
};
