import { z } from "zod";
import { CHANNELS } from "../domain/channel.js";
import { parseOmniDate } from "../domain/omniDate.js";
import type { WireReport } from "../omni/wire.js";
import { messageStatusSchema } from "../omni/wireSchemas.js";

const omniDate = z
  .string()
  .refine((value) => !Number.isNaN(parseOmniDate(value).getTime()), "not a date");

/** Absent or null (OMNI writes either) both read as absent. */
function optional<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((value) => value ?? undefined);
}

/**
 * A delivery report as the store takes it: every field it reads is checked, and unknown members
 * are dropped, so neither a malformed report nor arbitrary JSON reaches the database.
 */
export const reportSchema = z.object({
  bulkId: optional(z.string().max(200)),
  messageId: z.string().min(1).max(200),
  to: z.string().max(320),
  sentAt: omniDate,
  doneAt: omniDate,
  messageCount: z.number().int().nonnegative(),
  mccMnc: optional(z.string().max(20)),
  price: optional(
    z.object({ pricePerMessage: z.number().finite(), currency: z.string().min(1).max(10) }),
  ),
  status: messageStatusSchema,
  error: optional(
    z.object({
      groupId: z.number().int(),
      groupName: z.string(),
      id: z.number().int(),
      name: z.string(),
      description: z.string(),
      permanent: z.boolean(),
    }),
  ),
  channel: z.enum(CHANNELS),
  callbackData: optional(z.string().max(4000)),
}) satisfies z.ZodType<WireReport>;
