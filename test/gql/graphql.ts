/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An OMNI channel a scenario step can use. */
export type Channel =
  | 'EMAIL'
  | 'FACEBOOK'
  | 'PARSECO'
  | 'PUSH'
  | 'SMS'
  | 'VIBER'
  | 'VKONTAKTE'
  | 'VOICE';

/** Content of a channel that carries plain text (Facebook, Parseco), and what every channel's content has. */
export type ChannelContentInput = {
  text?: string | null | undefined;
  /** How long this step may take before the next one runs: at least 30 s, at most 48 h (longer is clamped to 48 h); Viber 35 s to 14 days. */
  validityPeriod?: number | null | undefined;
  /** Defaults to MINUTES. */
  validityPeriodTimeUnit?: TimeUnit | null | undefined;
};

export type DestinationInput = {
  /** Your id for the message; the gateway assigns a UUID when omitted, so a lost answer can be reconciled. */
  messageId?: string | null | undefined;
  /** At least one address. */
  to: ToInput;
};

export type EmailContentInput = {
  subject?: string | null | undefined;
  text?: string | null | undefined;
  /** How long this step may take before the next one runs: at least 30 s, at most 48 h (longer is clamped to 48 h); Viber 35 s to 14 days. */
  validityPeriod?: number | null | undefined;
  /** Defaults to MINUTES. */
  validityPeriodTimeUnit?: TimeUnit | null | undefined;
};

/** MODAL: a dialog for actionable messages; BANNER: a standard banner view. */
export type InAppStyle =
  | 'BANNER'
  | 'MODAL';

/** Filters over OMNI's message logs. */
export type MessageFilter = {
  bulkIds?: Array<string> | null | undefined;
  channel?: Channel | null | undefined;
  /** Matches messages with an attempt in this status. */
  generalStatus?: StatusGroup | null | undefined;
  /** Log rows to read, 1 to 1000 (one per attempt). */
  limit?: number;
  messageIds?: Array<string | number> | null | undefined;
  sentSince?: string | null | undefined;
  sentUntil?: string | null | undefined;
};

/** Unit of mirroredPushExpirationPeriod: the docs allow only minutes or hours. */
export type MirroredPushTimeUnit =
  | 'HOURS'
  | 'MINUTES';

export type PushConditionInput = {
  applicationVersion?: string | null | undefined;
  custom?: PushCustomAttributeInput | null | undefined;
  /** e.g. Apple, Samsung. */
  deviceManufacturer?: string | null | undefined;
  /** e.g. iPhone 6, LG-D855. */
  deviceModel?: string | null | undefined;
  /** A passcode or biometrics is set on the device. */
  deviceSecure?: boolean | null | undefined;
  email?: string | null | undefined;
  externalUserId?: string | null | undefined;
  /** true: only devices with notifications enabled. */
  notificationsEnabled?: boolean | null | undefined;
  osLanguage?: string | null | undefined;
  osVersion?: string | null | undefined;
  phoneNumber?: string | null | undefined;
  platform?: PushPlatform | null | undefined;
  pushRegistrationId?: string | null | undefined;
  /** Mobile SDK version. */
  sdkVersion?: string | null | undefined;
};

export type PushContentInput = {
  /** Free data delivered with the push. */
  customPayload?: Record<string, unknown> | null | undefined;
  includeNotificationsDisabledDevices?: boolean | null | undefined;
  notificationOptions?: PushNotificationOptionsInput | null | undefined;
  targetOnlyPrimaryDevices?: boolean | null | undefined;
  text?: string | null | undefined;
  /** How long this step may take before the next one runs: at least 30 s, at most 48 h (longer is clamped to 48 h); Viber 35 s to 14 days. */
  validityPeriod?: number | null | undefined;
  /** Defaults to MINUTES. */
  validityPeriodTimeUnit?: TimeUnit | null | undefined;
};

/** An installation custom attribute set over the Mobile SDK, e.g. { name: "DeviceType", value: "personal" }. */
export type PushCustomAttributeInput = {
  /** Case-sensitive; must not be a standard attribute's name. */
  name: string;
  /** Compared without regard to case. */
  value: string;
};

/** Who gets the push: set exactly one of pushRegistrationId (one installation), externalUserId, phoneNumber, email (every installation of that person) or segment (devices by attributes). */
export type PushDestinationInput = {
  email?: string | null | undefined;
  /** External user ID set in the person profile. */
  externalUserId?: string | null | undefined;
  phoneNumber?: string | null | undefined;
  /** One installation of the app on one device. */
  pushRegistrationId?: string | null | undefined;
  segment?: PushSegmentInput | null | undefined;
  /** Only the devices marked primary. By default every device the destination reaches gets the push. */
  targetOnlyPrimaryDevices?: boolean | null | undefined;
};

/** How the device alerts the user: every option of the notification options tables in push-sms-example.md and mobile-push-api.md. Also used by sendPush. */
export type PushNotificationOptionsInput = {
  /** Badge counter (iOS only). */
  badge?: number | null | undefined;
  /** Category id for an actionable notification, e.g. mm_accept_decline (Accept & Decline). */
  category?: string | null | undefined;
  /** Image shown in the notification (rich push). */
  contentUrl?: string | null | undefined;
  inAppStyle?: InAppStyle | null | undefined;
  /** Case-sensitive inbox topic to save the message to; OMNI rejects the send if the topic does not exist. */
  inboxTopic?: string | null | undefined;
  /** Not shown on the lock screen nor in the notification center: delivers data, or only the in-app notification. */
  isSilent?: boolean | null | undefined;
  /** Text of the Dismiss button (MODAL style only). */
  mirroredPushDismissTitle?: string | null | undefined;
  /** How long after sending the in-app notification may still be shown. */
  mirroredPushExpirationPeriod?: number | null | undefined;
  mirroredPushExpirationTimeUnit?: MirroredPushTimeUnit | null | undefined;
  /** Text of the Open button (MODAL style only). */
  mirroredPushOpenTitle?: string | null | undefined;
  /** Show the in-app notification as a banner or a modal pop-up. */
  mirroredPushStyle?: InAppStyle | null | undefined;
  /** Action of the primary button of the in-app notification. */
  onTapButtonAction?: TapActionInput | null | undefined;
  /** Also show the notification inside the app. */
  showMirroredPush?: boolean | null | undefined;
  /** Defaults to true. */
  soundEnabled?: boolean | null | undefined;
  /** A sound file bundled in the app (at most 30 s), e.g. notification_sound.wav; needs soundEnabled not false. */
  soundName?: string | null | undefined;
  /** Shown in the notification; defaults to the application name. Up to 45 characters. */
  title?: string | null | undefined;
  /** Android only. Defaults to true. */
  vibrationEnabled?: boolean | null | undefined;
  /** Web page to open inside the app (web view). */
  webViewUrl?: string | null | undefined;
};

export type PushPlatform =
  | 'ANDROID'
  | 'HUAWEI'
  | 'IOS';

/** Devices chosen by their attributes (OMNI's MULTIPLE destination with $and / $or). Conditions of `and` on the same attribute are alternatives, different attributes must all hold; an `or` condition on an attribute `and` names adds an alternative for it, the other `or` conditions need one match. So and: [platform IOS, custom DeviceType personal], or: [custom DeviceType business] means iOS devices that are personal or business, as the docs' Example 2 describes. */
export type PushSegmentInput = {
  and?: Array<PushConditionInput> | null | undefined;
  or?: Array<PushConditionInput> | null | undefined;
};

/** A quota's window: messages (one per destination) or send requests per period. */
export type QuotaWindow =
  /** Messages per UTC day. */
  | 'messagesPerDay'
  /** Messages per minute. */
  | 'messagesPerMinute'
  /** Send mutations per second. */
  | 'sendRequestsPerSecond';

export type ReportFilter = {
  bulkId?: string | null | undefined;
  channel?: Channel | null | undefined;
  /** 1 to 1000. */
  limit?: number;
  messageIds?: Array<string | number> | null | undefined;
};

/** How a report reached the gateway. */
export type ReportSource =
  /** Rebuilt from OMNI's logs because the report itself never came. */
  | 'LOGS'
  /** Drained from OMNI's fetch-once reports endpoint. */
  | 'POLL'
  /** Pushed by OMNI to the gateway's report webhook. */
  | 'WEBHOOK';

/** A whole scenario; an update replaces the previous one. */
export type ScenarioInput = {
  /** At least one step. */
  flow: Array<ScenarioStepInput>;
  /** Making a scenario the default clears the previous default. */
  isDefault?: boolean;
  name?: string | null | undefined;
};

export type ScenarioStepInput = {
  channel: Channel;
  from?: string | null | undefined;
};

/** Content per channel; each step of the scenario uses its channel's content. Checked before anything is sent: every step needs content, every channel object needs a step, and each field its documented limits; planSend shows the resulting failover timeline without sending. */
export type SendAdvancedInput = {
  bulkId?: string | null | undefined;
  /** Returned in delivery reports; up to 4000 characters. */
  callbackData?: string | null | undefined;
  destinations: Array<DestinationInput>;
  email?: EmailContentInput | null | undefined;
  facebook?: ChannelContentInput | null | undefined;
  /** Makes retries safe: for 24 h, a repeat with the same key and input returns the first result and sends nothing. */
  idempotencyKey?: string | null | undefined;
  /** Also report intermediate statuses. */
  intermediateReport?: boolean | null | undefined;
  /** application/json or application/xml. */
  notifyContentType?: string | null | undefined;
  /** Where OMNI posts delivery reports. */
  notifyUrl?: string | null | undefined;
  parseco?: ChannelContentInput | null | undefined;
  push?: PushContentInput | null | undefined;
  /** Defaults to the default scenario. */
  scenarioKey?: string | number | null | undefined;
  /** Delays the first step; less than 180 days ahead. */
  sendAt?: string | null | undefined;
  sms?: SmsContentInput | null | undefined;
  /** Sent by every step whose channel object has no text of its own (the docs' top-level text). */
  text?: string | null | undefined;
  vKontakte?: VKontakteContentInput | null | undefined;
  viber?: ViberContentInput | null | undefined;
  voice?: VoiceContentInput | null | undefined;
};

export type SendPushInput = {
  /** Application code (or ID) of the mobile application profile. */
  applicationCode: string;
  /** Defaults to one the gateway makes up, so a lost answer can still be looked up. */
  bulkId?: string | number | null | undefined;
  /** Returned in every delivery report; up to 4000 characters. */
  callbackData?: string | null | undefined;
  customPayload?: Record<string, unknown> | null | undefined;
  destinations: Array<PushDestinationInput>;
  /** Makes retries safe: for 24 h, a repeat with the same key and input returns the first result and sends nothing. */
  idempotencyKey?: string | null | undefined;
  /** Title (up to 50 characters here), image (contentUrl), sound, badge, silent, and the mirrored in-app message. */
  notificationOptions?: PushNotificationOptionsInput | null | undefined;
  /** At most 180 days ahead. */
  sendAt?: string | null | undefined;
  /** 1 to 4000 characters. */
  text: string;
  /** At least 30 s; above 48 h is clamped. */
  validityPeriod?: number | null | undefined;
  /** Defaults to MINUTES. */
  validityPeriodTimeUnit?: TimeUnit | null | undefined;
};

/** One text for every step of the scenario. */
export type SendTextInput = {
  bulkId?: string | null | undefined;
  destinations: Array<DestinationInput>;
  /** Makes retries safe: for 24 h, a repeat with the same key and input returns the first result and sends nothing. */
  idempotencyKey?: string | null | undefined;
  /** Defaults to the default scenario. */
  scenarioKey?: string | number | null | undefined;
  text: string;
};

/** Why a step fails at once and hands over without waiting: the destination lacks its address, or there is nothing to send. */
export type SkipReason =
  | 'NO_ADDRESS'
  | 'NO_CONTENT';

/** SMS text is not limited in length: it costs one part per 160 GSM-7 characters. */
export type SmsContentInput = {
  language?: SmsLanguageInput | null | undefined;
  text?: string | null | undefined;
  transliteration?: Transliteration | null | undefined;
  /** How long this step may take before the next one runs: at least 30 s, at most 48 h (longer is clamped to 48 h); Viber 35 s to 14 days. */
  validityPeriod?: number | null | undefined;
  /** Defaults to MINUTES. */
  validityPeriodTimeUnit?: TimeUnit | null | undefined;
};

/** GSM7: 160 characters in one part, 153 per part. UCS2: 70 and 67. */
export type SmsEncoding =
  | 'GSM7'
  | 'UCS2';

/** National language table for GSM-7 encoding: TR, ES, PT, AUTODETECT (the cheapest of them) or NONE. A single part then holds 155 characters, 149 per concatenated part. */
export type SmsLanguageCode =
  | 'AUTODETECT'
  | 'ES'
  | 'NONE'
  | 'PT'
  | 'TR';

export type SmsLanguageInput = {
  languageCode: SmsLanguageCode;
};

/** The general status of a message or attempt. */
export type StatusGroup =
  | 'DELIVERED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REJECTED'
  | 'UNDELIVERABLE';

/** What happens when the user taps the primary button of the in-app notification. */
export type TapActionInput = {
  /** The URL, or the deep link path, to open. */
  resource: string;
  type: TapActionType;
};

/** WEB_VIEW_URL opens the resource in a web view inside the app, OPEN_URL_IN_BROWSER in the device browser, DEEP_LINK opens a screen of the app. */
export type TapActionType =
  | 'DEEP_LINK'
  | 'OPEN_URL_IN_BROWSER'
  | 'WEB_VIEW_URL';

/** Unit of a validity period. */
export type TimeUnit =
  | 'HOURS'
  | 'MINUTES'
  | 'SECONDS';

export type ToInput = {
  emailAddress?: string | null | undefined;
  phoneNumber?: string | null | undefined;
};

/** Replaces characters outside GSM-7 before the text is counted and sent, to save message parts. */
export type Transliteration =
  | 'ALL'
  | 'BALTIC'
  | 'BULGARIAN_CYRILLIC'
  | 'CENTRAL_EUROPEAN'
  | 'COLOMBIAN'
  | 'CYRILLIC'
  | 'GREEK'
  | 'NONE'
  | 'NON_UNICODE'
  | 'PORTUGUESE'
  | 'SERBIAN_CYRILLIC'
  | 'TURKISH';

export type VKontakteContentInput = {
  templateData?: Record<string, unknown> | null | undefined;
  templateName?: string | null | undefined;
  text?: string | null | undefined;
  /** How long this step may take before the next one runs: at least 30 s, at most 48 h (longer is clamped to 48 h); Viber 35 s to 14 days. */
  validityPeriod?: number | null | undefined;
  /** Defaults to MINUTES. */
  validityPeriodTimeUnit?: TimeUnit | null | undefined;
};

export type ViberContentInput = {
  buttonText?: string | null | undefined;
  buttonURL?: string | null | undefined;
  imageURL?: string | null | undefined;
  isPromotional?: boolean | null | undefined;
  text?: string | null | undefined;
  trackingData?: string | null | undefined;
  /** How long this step may take before the next one runs: at least 30 s, at most 48 h (longer is clamped to 48 h); Viber 35 s to 14 days. */
  validityPeriod?: number | null | undefined;
  /** Defaults to MINUTES. */
  validityPeriodTimeUnit?: TimeUnit | null | undefined;
};

export type VoiceContentInput = {
  /** Language the text is read in, e.g. en. */
  language?: string | null | undefined;
  text?: string | null | undefined;
  /** How long this step may take before the next one runs: at least 30 s, at most 48 h (longer is clamped to 48 h); Viber 35 s to 14 days. */
  validityPeriod?: number | null | undefined;
  /** Defaults to MINUTES. */
  validityPeriodTimeUnit?: TimeUnit | null | undefined;
};

export type MessageTimelineQueryVariables = Exact<{
  messageId: string | number;
}>;


export type MessageTimelineQuery = { message: { messageId: string, bulkId: string | null, channel: Channel | null, status: { groupName: StatusGroup, name: string } | null, attempts: Array<{ channel: Channel, from: string | null, to: string, sentAt: string, doneAt: string | null, status: { groupName: StatusGroup, name: string }, error: { name: string, permanent: boolean } | null, price: { pricePerMessage: number, currency: string } | null }>, report: { channel: Channel, status: { groupName: StatusGroup, name: string }, price: { pricePerMessage: number, currency: string } | null } | null } | null };

export type MessagesQueryVariables = Exact<{
  filter?: MessageFilter | null | undefined;
}>;


export type MessagesQuery = { messages: Array<{ messageId: string, channel: Channel | null, status: { groupName: StatusGroup } | null }> };

export type ReportsQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
}>;


export type ReportsQuery = { reports: Array<{ messageId: string, bulkId: string | null, to: string, channel: Channel, messageCount: number, status: { groupName: StatusGroup, name: string }, error: { groupName: string, name: string, permanent: boolean } | null, price: { pricePerMessage: number, currency: string } | null }> };

export type AttemptFieldsFragment = { channel: Channel, from: string | null, to: string, sentAt: string, doneAt: string | null, status: { groupName: StatusGroup, name: string }, error: { name: string, permanent: boolean } | null, price: { pricePerMessage: number, currency: string } | null };

export type PreviewSmsQueryVariables = Exact<{
  text: string;
  languageCode?: SmsLanguageCode | null | undefined;
  transliteration?: Transliteration | null | undefined;
}>;


export type PreviewSmsQuery = { previewSms: { originalText: string, previews: Array<{ textPreview: string, messageCount: number, charactersRemaining: number, encoding: SmsEncoding, nationalLanguage: SmsLanguageCode | null, configuration: { languageCode: SmsLanguageCode | null, transliteration: Transliteration | null } }> } };

export type PlanSendQueryVariables = Exact<{
  input: SendAdvancedInput;
}>;


export type PlanSendQuery = { planSend: { scenarioKey: string, startsAt: string, notices: Array<{ path: string, rule: string }>, destinations: Array<{ index: number, givesUpAt: string, steps: Array<{ index: number, channel: Channel, from: string | null, address: string | null, text: string | null, validitySeconds: number, skipped: SkipReason | null, startsAt: string, givesUpAt: string, sms: { encoding: SmsEncoding, nationalLanguage: SmsLanguageCode | null, messageCount: number, charactersRemaining: number, textPreview: string } | null }> }> } };

export type ChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChannelsQuery = { channels: Array<{ channel: Channel, contentKey: string, maxTextLength: number | null, contentFields: Array<string>, minValiditySeconds: number, maxValiditySeconds: number, defaultValiditySeconds: number, clampsValidity: boolean, needsPhoneNumber: boolean, needsEmailAddress: boolean, needsPushRegistration: boolean, billedPerPart: boolean, fieldLimits: Array<{ field: string, maxLength: number }> }> };

export type SendAdvancedWithNoticesMutationVariables = Exact<{
  input: SendAdvancedInput;
}>;


export type SendAdvancedWithNoticesMutation = { sendAdvanced: { messages: Array<{ messageId: string }>, notices: Array<{ path: string, rule: string, message: string }> } };

export type SendPushMutationVariables = Exact<{
  input: SendPushInput;
}>;


export type SendPushMutation = { sendPush: { bulkId: string, messages: Array<{ messageId: string, to: string | null, status: { groupName: StatusGroup, name: string } }> } };

export type PushBulkQueryVariables = Exact<{
  bulkId: string | number;
}>;


export type PushBulkQuery = { pushBulk: { bulkId: string, statistics: { totalSent: number, delivered: number, seen: number, errors: { registration: number, expired: number, cloud: number }, delivery: { rate: number, time: string | null } }, messages: Array<{ messageId: string, to: string | null, status: { groupName: StatusGroup, name: string }, error: { id: number, name: string } | null }> } };

export type PushStatisticsQueryVariables = Exact<{
  bulkId: string | number;
}>;


export type PushStatisticsQuery = { pushStatistics: { totalSent: number, delivered: number, seen: number, errors: { registration: number, expired: number, cloud: number }, delivery: { rate: number } } };

export type QuarantinedReportsQueryVariables = Exact<{
  limit?: number | null | undefined;
  before?: string | number | null | undefined;
}>;


export type QuarantinedReportsQuery = { quarantinedReports: Array<{ id: string, messageId: string | null, reason: string, source: ReportSource, receivedAt: string, preview: string }> };

export type QuotaQueryVariables = Exact<{ [key: string]: never; }>;


export type QuotaQuery = { quota: Array<{ window: QuotaWindow, limit: number, used: number, remaining: number, resetsAt: string }> };

export type CreateScenarioMutationVariables = Exact<{
  input: ScenarioInput;
}>;


export type CreateScenarioMutation = { createScenario: { key: string, name: string | null, isDefault: boolean, flow: Array<{ channel: Channel, from: string | null }> } };

export type UpdateScenarioMutationVariables = Exact<{
  key: string | number;
  input: ScenarioInput;
}>;


export type UpdateScenarioMutation = { updateScenario: { key: string, name: string | null, isDefault: boolean, flow: Array<{ channel: Channel, from: string | null }> } };

export type ScenarioQueryVariables = Exact<{
  key: string | number;
}>;


export type ScenarioQuery = { scenario: { key: string, name: string | null, isDefault: boolean, flow: Array<{ channel: Channel, from: string | null }> } | null };

export type ScenariosQueryVariables = Exact<{
  isDefault?: boolean | null | undefined;
  limit?: number | null | undefined;
  page?: number | null | undefined;
}>;


export type ScenariosQuery = { scenarios: Array<{ key: string, name: string | null, isDefault: boolean }> };

export type DefaultScenarioQueryVariables = Exact<{ [key: string]: never; }>;


export type DefaultScenarioQuery = { defaultScenario: { key: string, name: string | null } | null };

export type ScenarioFieldsFragment = { key: string, name: string | null, isDefault: boolean, flow: Array<{ channel: Channel, from: string | null }> };

export type SendAdvancedMutationVariables = Exact<{
  input: SendAdvancedInput;
}>;


export type SendAdvancedMutation = { sendAdvanced: { bulkId: string | null, messages: Array<{ messageId: string, to: { phoneNumber: string | null, emailAddress: string | null } | null, status: { groupName: StatusGroup, name: string } | null }> } };

export type SendTextMutationVariables = Exact<{
  input: SendTextInput;
}>;


export type SendTextMutation = { sendText: { bulkId: string | null, messages: Array<{ messageId: string, status: { groupName: StatusGroup, name: string } | null }> } };

export type TrackingQueryVariables = Exact<{
  messageId: string | number;
}>;


export type TrackingQuery = { message: { messageId: string, bulkId: string | null, deliveredVia: Channel | null, status: { groupName: StatusGroup, name: string } | null, attempts: Array<{ channel: Channel, from: string | null, to: string, sentAt: string, doneAt: string | null, status: { groupName: StatusGroup, name: string }, error: { name: string, permanent: boolean } | null, price: { pricePerMessage: number, currency: string } | null }>, reports: Array<{ channel: Channel, status: { name: string } }> } | null };

export type BulkStatsQueryVariables = Exact<{
  bulkId: string | number;
}>;


export type BulkStatsQuery = { bulk: { bulkId: string, messageCount: number, deliveryRate: number, byStatus: Array<{ status: StatusGroup, count: number }>, byChannel: Array<{ channel: Channel, attempts: number, delivered: number }>, totalPrice: Array<{ pricePerMessage: number, currency: string }> } | null };

export type MessageStatusChangedSubscriptionVariables = Exact<{
  messageId?: string | number | null | undefined;
  bulkId?: string | number | null | undefined;
}>;


export type MessageStatusChangedSubscription = { messageStatusChanged: { messageId: string, bulkId: string | null, final: boolean, deliveredVia: Channel | null, status: { groupName: StatusGroup, name: string }, report: { channel: Channel, status: { groupName: StatusGroup, name: string }, error: { name: string, permanent: boolean } | null } } };

export const AttemptFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttemptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permanent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pricePerMessage"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<AttemptFieldsFragment, unknown>;
export const ScenarioFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}}]}}]}}]} as unknown as DocumentNode<ScenarioFieldsFragment, unknown>;
export const MessageTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessageTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"messageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"bulkId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttemptFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pricePerMessage"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttemptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permanent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pricePerMessage"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<MessageTimelineQuery, MessageTimelineQueryVariables>;
export const MessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Messages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}}]} as unknown as DocumentNode<MessagesQuery, MessagesQueryVariables>;
export const ReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"bulkId"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permanent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pricePerMessage"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<ReportsQuery, ReportsQueryVariables>;
export const PreviewSmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewSms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"languageCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SmsLanguageCode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"transliteration"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Transliteration"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewSms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"languageCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"languageCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"transliteration"},"value":{"kind":"Variable","name":{"kind":"Name","value":"transliteration"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originalText"}},{"kind":"Field","name":{"kind":"Name","value":"previews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"textPreview"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"charactersRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"configuration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languageCode"}},{"kind":"Field","name":{"kind":"Name","value":"transliteration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"nationalLanguage"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewSmsQuery, PreviewSmsQueryVariables>;
export const PlanSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendAdvancedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planSend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarioKey"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"destinations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"givesUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"validitySeconds"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"givesUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"sms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"nationalLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"charactersRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"textPreview"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanSendQuery, PlanSendQueryVariables>;
export const ChannelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contentKey"}},{"kind":"Field","name":{"kind":"Name","value":"maxTextLength"}},{"kind":"Field","name":{"kind":"Name","value":"contentFields"}},{"kind":"Field","name":{"kind":"Name","value":"fieldLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"maxLength"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minValiditySeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxValiditySeconds"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValiditySeconds"}},{"kind":"Field","name":{"kind":"Name","value":"clampsValidity"}},{"kind":"Field","name":{"kind":"Name","value":"needsPhoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"needsEmailAddress"}},{"kind":"Field","name":{"kind":"Name","value":"needsPushRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"billedPerPart"}}]}}]}}]} as unknown as DocumentNode<ChannelsQuery, ChannelsQueryVariables>;
export const SendAdvancedWithNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendAdvancedWithNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendAdvancedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendAdvanced"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SendAdvancedWithNoticesMutation, SendAdvancedWithNoticesMutationVariables>;
export const SendPushDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendPush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendPushInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendPush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkId"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SendPushMutation, SendPushMutationVariables>;
export const PushBulkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PushBulk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bulkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pushBulk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bulkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bulkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkId"}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalSent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"cloud"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"time"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PushBulkQuery, PushBulkQueryVariables>;
export const PushStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PushStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bulkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pushStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bulkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bulkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalSent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"seen"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"cloud"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<PushStatisticsQuery, PushStatisticsQueryVariables>;
export const QuarantinedReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuarantinedReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarantinedReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}}]}}]}}]} as unknown as DocumentNode<QuarantinedReportsQuery, QuarantinedReportsQueryVariables>;
export const QuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"window"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"resetsAt"}}]}}]}}]} as unknown as DocumentNode<QuotaQuery, QuotaQueryVariables>;
export const CreateScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}}]}}]}}]} as unknown as DocumentNode<CreateScenarioMutation, CreateScenarioMutationVariables>;
export const UpdateScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}}]}}]}}]} as unknown as DocumentNode<UpdateScenarioMutation, UpdateScenarioMutationVariables>;
export const ScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Scenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}}]}}]}}]} as unknown as DocumentNode<ScenarioQuery, ScenarioQueryVariables>;
export const ScenariosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Scenarios"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isDefault"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"isDefault"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isDefault"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<ScenariosQuery, ScenariosQueryVariables>;
export const DefaultScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DefaultScenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defaultScenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DefaultScenarioQuery, DefaultScenarioQueryVariables>;
export const SendAdvancedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendAdvanced"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendAdvancedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendAdvanced"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkId"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SendAdvancedMutation, SendAdvancedMutationVariables>;
export const SendTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendTextInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkId"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SendTextMutation, SendTextMutationVariables>;
export const TrackingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tracking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"messageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"bulkId"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttemptFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttemptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permanent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pricePerMessage"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<TrackingQuery, TrackingQueryVariables>;
export const BulkStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bulkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bulkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bulkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkId"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pricePerMessage"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}}]}}]}}]} as unknown as DocumentNode<BulkStatsQuery, BulkStatsQueryVariables>;
export const MessageStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MessageStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bulkId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"messageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}},{"kind":"Argument","name":{"kind":"Name","value":"bulkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bulkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"bulkId"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permanent"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MessageStatusChangedSubscription, MessageStatusChangedSubscriptionVariables>;