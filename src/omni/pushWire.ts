/**
 * The Mobile Push API on the wire (omni-api.md §7, mobile-app-messaging.json): `POST
 * /push/3/messages`, `GET /push/1/statistics`. Push reports travel as OMNI's WireReport.
 */
import type { z } from "zod";
import type { TimeUnit } from "../domain/validityPeriod.js";
import type { pushResponseSchema, pushStatisticsSchema } from "./wireSchemas.js";

type Common = { messageId?: string; targetOnlyPrimaryDevices?: boolean };

/** One `{attribute: value}` item of `$and` / `$or`. */
export type WireCondition = Record<string, string | boolean>;

export type WirePushDestination = Common &
  (
    | { type: "REGISTRATION"; pushRegistrationId: string }
    | { type: "EXTERNAL_USER_ID"; externalUserId: string }
    | { type: "PHONE_NUMBER"; phoneNumber: string }
    | { type: "EMAIL"; email: string }
    | { type: "MULTIPLE"; $and?: WireCondition[]; $or?: WireCondition[] }
  );

export interface WirePushContent {
  type: "TEXT" | "IMAGE";
  title?: string;
  text: string;
  url?: string;
}

export interface WirePushOptions {
  validityPeriod?: { amount: number; timeUnit?: TimeUnit };
  soundEnabled?: boolean;
  soundName?: string;
  vibrationEnabled?: boolean;
  isSilent?: boolean;
  badge?: number;
  category?: string;
  showMirroredPush?: boolean;
  mirroredPushStyle?: "MODAL" | "BANNER";
  mirroredPushExpirationPeriod?: number;
  mirroredPushExpirationTimeUnit?: "MINUTES" | "HOURS";
  mirroredPushDismissTitle?: string;
  mirroredPushOpenTitle?: string;
  onTapButtonAction?: { resource: string; type: string };
  inboxTopic?: string;
  sendAt?: string;
  customPayload?: Record<string, unknown>;
}

export interface WirePushMessage {
  sender: string;
  destinations: WirePushDestination[];
  content: WirePushContent;
  options?: WirePushOptions;
  webhooks?: { callbackData?: string };
}

export interface WirePushRequest {
  messages: WirePushMessage[];
  options?: { schedule?: { bulkId?: string; sendAt?: string } };
}

/** Answers, as their schemas (wireSchemas.ts) decode them. */
export type WirePushResponse = z.output<typeof pushResponseSchema>;

export type WirePushStatistics = z.output<typeof pushStatisticsSchema>;
