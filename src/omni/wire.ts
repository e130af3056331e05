/**
 * The OMNI REST contract as it travels over the wire (../shared/reference/omni-api.md).
 * Dates are strings in Infobip's `yyyy-MM-dd'T'HH:mm:ss.SSS+0000` form.
 */
import type { z } from "zod";
import type { Channel } from "../domain/channel.js";
import type { DeliveryReport } from "../domain/deliveryReport.js";
import type { StatusGroup } from "../domain/status.js";
import type { TimeUnit } from "../domain/validityPeriod.js";
import type {
  logSchema,
  priceSchema,
  scenarioSchema,
  sendResponseSchema,
  sentMessageSchema,
  stepSchema,
  toSchema,
} from "./wireSchemas.js";

/* Answers are what their schemas (wireSchemas.ts) decode; requests are the gateway's own. */

export type WireStep = z.output<typeof stepSchema>;

export type WireScenario = z.output<typeof scenarioSchema>;

export interface WireScenarioRequest {
  name?: string;
  flow: WireStep[];
  default?: boolean;
}

export type WireTo = z.output<typeof toSchema>;

export interface WireDestination {
  messageId?: string;
  to: WireTo;
}

export interface WireChannelContent {
  text?: string;
  validityPeriod?: number;
  validityPeriodTimeUnit?: TimeUnit;
}

export interface WireSmsContent extends WireChannelContent {
  language?: { languageCode: string };
  transliteration?: string;
}

export interface WireVoiceContent extends WireChannelContent {
  language?: string;
}

export interface WireEmailContent extends WireChannelContent {
  subject?: string;
}

export interface WireViberContent extends WireChannelContent {
  imageURL?: string | URL;
  buttonText?: string;
  buttonURL?: string | URL;
  isPromotional?: boolean;
  trackingData?: string;
}

export interface WireNotificationOptions {
  title?: string;
  vibrationEnabled?: boolean;
  soundEnabled?: boolean;
  soundName?: string;
  badge?: number;
  contentUrl?: string | URL;
  category?: string;
  inAppStyle?: "MODAL" | "BANNER";
  isSilent?: boolean;
  webViewUrl?: string | URL;
  inboxTopic?: string;
  showMirroredPush?: boolean;
  mirroredPushStyle?: "MODAL" | "BANNER";
  mirroredPushExpirationPeriod?: number;
  mirroredPushExpirationTimeUnit?: "MINUTES" | "HOURS";
  mirroredPushDismissTitle?: string;
  mirroredPushOpenTitle?: string;
  onTapButtonAction?: {
    type: "WEB_VIEW_URL" | "OPEN_URL_IN_BROWSER" | "DEEP_LINK";
    resource: string;
  };
}

export interface WirePushContent extends WireChannelContent {
  customPayload?: Record<string, unknown>;
  notificationOptions?: WireNotificationOptions;
  targetOnlyPrimaryDevices?: boolean;
  includeNotificationsDisabledDevices?: boolean;
}

export interface WireVKontakteContent extends WireChannelContent {
  templateName?: string;
  templateData?: Record<string, unknown>;
}

export interface WireAdvancedRequest {
  bulkId?: string;
  scenarioKey?: string;
  destinations: WireDestination[];
  /** Legacy top-level text: what every channel without its own text sends. */
  text?: string;
  sms?: WireSmsContent;
  voice?: WireVoiceContent;
  viber?: WireViberContent;
  facebook?: WireChannelContent;
  email?: WireEmailContent;
  push?: WirePushContent;
  parseco?: WireChannelContent;
  vKontakte?: WireVKontakteContent;
  sendAt?: string;
  notifyUrl?: string;
  notifyContentType?: string;
  callbackData?: string;
  intermediateReport?: boolean;
}

export interface WireTextRequest {
  bulkId?: string;
  scenarioKey?: string;
  destinations: WireDestination[];
  text: string;
}

export type WireSentMessage = z.output<typeof sentMessageSchema>;

export type WireSendResponse = z.output<typeof sendResponseSchema>;

export type WirePrice = z.output<typeof priceSchema>;

/** Reports travel exactly in the shape the gateway keeps them. */
export type WireReport = DeliveryReport;

export type WireLog = z.output<typeof logSchema>;

export interface ReportsQuery {
  bulkId?: string;
  messageId?: string;
  channel?: Channel;
  limit?: number;
}

export interface LogsQuery {
  from?: string;
  to?: string;
  bulkId?: string[];
  messageId?: string[];
  generalStatus?: StatusGroup;
  channel?: Channel;
  sentSince?: Date;
  sentUntil?: Date;
  limit?: number;
}

/** Infobip's maximum page for reports and logs. */
export const MAX_PAGE = 1000;
