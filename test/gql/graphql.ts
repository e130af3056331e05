/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Filters over the bulks the gateway keeps. */
export type BulkFilter = {
  /** The bulk's first message sent at or after (by the gateway's clock). */
  sentSince?: string | null | undefined;
  /** Sent at or before. */
  sentUntil?: string | null | undefined;
};

/** An OMNI channel a scenario step can use (OMNI's channel). EMAIL steps go to a destination's emailAddress, every other channel to its phoneNumber. */
export type Channel =
  /** An e-mail, with a subject. */
  | 'EMAIL'
  /** A Facebook Messenger message, up to 1000 characters. Only OMNI's legacy API has it. */
  | 'FACEBOOK'
  /** A Parseco chat message, not limited in length. Only OMNI's legacy API has it. */
  | 'PARSECO'
  /** A push notification to the person's app installations, up to 4000 characters; the step's sender is the application code. */
  | 'PUSH'
  /** A text message; not limited in length, billed per part (see previewSms). */
  | 'SMS'
  /** A Viber message: text up to 1000 characters, an image, a button; validity 35 s to 14 days. */
  | 'VIBER'
  /** A VKontakte message: a text, or a template with its data. */
  | 'VKONTAKTE'
  /** A phone call that reads the text out (text to speech). */
  | 'VOICE';

/** Content of a channel that carries plain text (Facebook, Parseco), and what every channel's content has. */
export type ChannelContentInput = {
  /** What this channel's steps send instead of the input's text (OMNI's text): at most 1000 characters on Viber and Facebook, 4000 on push, unlimited elsewhere. */
  text?: string | null | undefined;
  /** How long this step may take before the next one runs: at least 30 s, at most 48 h (longer is clamped to 48 h); Viber 35 s to 14 days. */
  validityPeriod?: number | null | undefined;
  /** Defaults to MINUTES. */
  validityPeriodTimeUnit?: TimeUnit | null | undefined;
};

/** One recipient of a send: one message, to its addresses. */
export type DestinationInput = {
  /** Your id for the message (OMNI's messageId), up to 200 characters and unique in the send; the gateway assigns a UUID when omitted, so a lost answer can be reconciled. */
  messageId?: string | null | undefined;
  /** At least one address. */
  to: ToInput;
};

/** Content of EMAIL steps: a text and a subject. */
export type EmailContentInput = {
  /** The e-mail's subject line (OMNI's email.subject). */
  subject?: string | null | undefined;
  /** What this channel's steps send instead of the input's text (OMNI's text): at most 1000 characters on Viber and Facebook, 4000 on push, unlimited elsewhere. */
  text?: string | null | undefined;
  /** How long this step may take before the next one runs: at least 30 s, at most 48 h (longer is clamped to 48 h); Viber 35 s to 14 days. */
  validityPeriod?: number | null | undefined;
  /** Defaults to MINUTES. */
  validityPeriodTimeUnit?: TimeUnit | null | undefined;
};

/** MODAL: a dialog for actionable messages; BANNER: a standard banner view. */
export type InAppStyle =
  /** A small banner over the app's content that closes by itself. */
  | 'BANNER'
  /** A pop-up over part of the screen, for messages that need the user's attention; may have Dismiss and Open buttons. */
  | 'MODAL';

/** Filters over OMNI's message logs. */
export type MessageFilter = {
  /** Messages of these bulks (OMNI's bulkId), at most 1000. */
  bulkIds?: Array<string> | null | undefined;
  /** Matches messages with an attempt on this channel. */
  channel?: Channel | null | undefined;
  /** Matches messages with an attempt in this status. */
  generalStatus?: StatusGroup | null | undefined;
  /** Log rows to read, 1 to 1000 (one per attempt). */
  limit?: number;
  /** These messages only (OMNI's messageId), at most 1000. */
  messageIds?: Array<string | number> | null | undefined;
  /** Attempts sent at this time or later (OMNI's sentSince). */
  sentSince?: string | null | undefined;
  /** Attempts sent at this time or earlier (OMNI's sentUntil). */
  sentUntil?: string | null | undefined;
};

/** Unit of mirroredPushExpirationPeriod: the docs allow only minutes or hours. */
export type MirroredPushTimeUnit =
  /** Hours. */
  | 'HOURS'
  /** Minutes. */
  | 'MINUTES';

/** One attribute and the value it must have, e.g. { platform: IOS }; set exactly one field. */
export type PushConditionInput = {
  /** Version of the app installed. */
  applicationVersion?: string | null | undefined;
  /** An installation custom attribute set over the Mobile SDK. */
  custom?: PushCustomAttributeInput | null | undefined;
  /** e.g. Apple, Samsung. */
  deviceManufacturer?: string | null | undefined;
  /** e.g. iPhone 6, LG-D855. */
  deviceModel?: string | null | undefined;
  /** A passcode or biometrics is set on the device. */
  deviceSecure?: boolean | null | undefined;
  /** The e-mail address in the person profile of the installation. */
  email?: string | null | undefined;
  /** External user ID set in the person profile. */
  externalUserId?: string | null | undefined;
  /** true: only devices with notifications enabled. */
  notificationsEnabled?: boolean | null | undefined;
  /** The language set on the device; the app may override it. */
  osLanguage?: string | null | undefined;
  /** Operating system version. */
  osVersion?: string | null | undefined;
  /** The phone number in the person profile of the installation. */
  phoneNumber?: string | null | undefined;
  /** The device's operating system. */
  platform?: PushPlatform | null | undefined;
  /** One installation of the app on one device. */
  pushRegistrationId?: string | null | undefined;
  /** Mobile SDK version. */
  sdkVersion?: string | null | undefined;
};

/** Content of PUSH steps: a notification of up to 4000 characters to the app installations of the destination's person. */
export type PushContentInput = {
  /** Free data delivered to the app with the push (OMNI's customPayload): at most 4096 bytes as JSON, 8 levels deep. */
  customPayload?: Record<string, unknown> | null | undefined;
  /** Also send to devices whose user turned notifications off; by default they are left out. */
  includeNotificationsDisabledDevices?: boolean | null | undefined;
  /** How the device shows and signals the push (OMNI's notificationOptions); title up to 45 characters. */
  notificationOptions?: PushNotificationOptionsInput | null | undefined;
  /** Only the person's devices marked primary get the push; by default all of them do. */
  targetOnlyPrimaryDevices?: boolean | null | undefined;
  /** What this channel's steps send instead of the input's text (OMNI's text): at most 1000 characters on Viber and Facebook, 4000 on push, unlimited elsewhere. */
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
  /** Every installation of the person with this e-mail address in their profile. */
  email?: string | null | undefined;
  /** External user ID set in the person profile. */
  externalUserId?: string | null | undefined;
  /** Every installation of the person with this phone number in their profile. */
  phoneNumber?: string | null | undefined;
  /** One installation of the app on one device. */
  pushRegistrationId?: string | null | undefined;
  /** Every installation whose attributes match (OMNI's MULTIPLE destination). */
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
  /** How an actionable notification shows inside the app (OMNI's inAppStyle). */
  inAppStyle?: InAppStyle | null | undefined;
  /** Case-sensitive inbox topic to save the message to; OMNI rejects the send if the topic does not exist. */
  inboxTopic?: string | null | undefined;
  /** Not shown on the lock screen nor in the notification center: delivers data, or only the in-app notification. */
  isSilent?: boolean | null | undefined;
  /** Text of the Dismiss button (MODAL style only). */
  mirroredPushDismissTitle?: string | null | undefined;
  /** How long after sending the in-app notification may still be shown. */
  mirroredPushExpirationPeriod?: number | null | undefined;
  /** Unit of mirroredPushExpirationPeriod, which it needs. */
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

/** The operating system of an app installation (the platform attribute: Android, iOS or Huawei). */
export type PushPlatform =
  /** Android devices. */
  | 'ANDROID'
  /** Huawei devices, with Huawei's Mobile SDK. */
  | 'HUAWEI'
  /** Apple iOS devices. */
  | 'IOS';

/** Devices chosen by their attributes (OMNI's MULTIPLE destination with $and / $or). Conditions of `and` on the same attribute are alternatives, different attributes must all hold; an `or` condition on an attribute `and` names adds an alternative for it, the other `or` conditions need one match. So and: [platform IOS, custom DeviceType personal], or: [custom DeviceType business] means iOS devices that are personal or business, as the docs' Example 2 describes. */
export type PushSegmentInput = {
  /** OMNI's $and conditions, combined as the type describes. A segment needs a condition in and or in or. */
  and?: Array<PushConditionInput> | null | undefined;
  /** OMNI's $or conditions, combined as the type describes. */
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

/** Filters over the stored delivery reports; all given must match. */
export type ReportFilter = {
  /** Reports of this bulk's messages (OMNI's bulkId). */
  bulkId?: string | null | undefined;
  /** Reports of attempts on this channel. */
  channel?: Channel | null | undefined;
  /** 1 to 1000. */
  limit?: number;
  /** Reports of these messages (OMNI's messageId), at most 1000. */
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
  /** A name for people (OMNI's name). */
  name?: string | null | undefined;
};

/** One step of a scenario: a channel and the sender it uses. */
export type ScenarioStepInput = {
  /** The channel the step sends on. */
  channel: Channel;
  /** Sender for the channel (OMNI's from): SMS sender id, e-mail address, Viber service id, push application code, … */
  from?: string | null | undefined;
};

/** Content per channel; each step of the scenario uses its channel's content. Checked before anything is sent: every step needs content, every channel object needs a step, and each field its documented limits; planSend shows the resulting failover timeline without sending. */
export type SendAdvancedInput = {
  /** Your id for the send (OMNI's bulkId), up to 200 characters; OMNI assigns one to a send to several destinations. */
  bulkId?: string | null | undefined;
  /** Returned in delivery reports; up to 4000 characters. */
  callbackData?: string | null | undefined;
  /** Who gets the message: 1 to 10000 destinations, one message each. */
  destinations: Array<DestinationInput>;
  /** What EMAIL steps send (OMNI's email); only with an EMAIL step in the scenario. */
  email?: EmailContentInput | null | undefined;
  /** What FACEBOOK steps send (OMNI's facebook), text up to 1000 characters; only with a FACEBOOK step in the scenario. */
  facebook?: ChannelContentInput | null | undefined;
  /** Makes retries safe: for 24 h, a repeat with the same key and input returns the first result and sends nothing. */
  idempotencyKey?: string | null | undefined;
  /** Also report intermediate statuses. */
  intermediateReport?: boolean | null | undefined;
  /** application/json or application/xml. */
  notifyContentType?: string | null | undefined;
  /** Where OMNI posts delivery reports. */
  notifyUrl?: string | null | undefined;
  /** What PARSECO steps send (OMNI's parseco); only with a PARSECO step in the scenario. */
  parseco?: ChannelContentInput | null | undefined;
  /** What PUSH steps send (OMNI's push); only with a PUSH step in the scenario. */
  push?: PushContentInput | null | undefined;
  /** Defaults to the default scenario. */
  scenarioKey?: string | number | null | undefined;
  /** Delays the first step; less than 180 days ahead. */
  sendAt?: string | null | undefined;
  /** What SMS steps send (OMNI's sms); only with an SMS step in the scenario. */
  sms?: SmsContentInput | null | undefined;
  /** Sent by every step whose channel object has no text of its own (the docs' top-level text). */
  text?: string | null | undefined;
  /** What VKONTAKTE steps send (OMNI's vKontakte); only with a VKONTAKTE step in the scenario. */
  vKontakte?: VKontakteContentInput | null | undefined;
  /** What VIBER steps send (OMNI's viber); only with a VIBER step in the scenario. */
  viber?: ViberContentInput | null | undefined;
  /** What VOICE steps read out (OMNI's voice); only with a VOICE step in the scenario. */
  voice?: VoiceContentInput | null | undefined;
};

/** A push over the Mobile Push API (POST /push/3/messages), outside any scenario: no failover. */
export type SendPushInput = {
  /** Application code (or ID) of the mobile application profile. */
  applicationCode: string;
  /** Defaults to one the gateway makes up, so a lost answer can still be looked up. */
  bulkId?: string | number | null | undefined;
  /** Returned in every delivery report; up to 4000 characters. */
  callbackData?: string | null | undefined;
  /** Free data delivered to the app with the push: at most 4096 bytes as JSON, 8 levels deep. */
  customPayload?: Record<string, unknown> | null | undefined;
  /** Who gets the push: 1 to 1000 destinations. */
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
  /** Your id for the send (OMNI's bulkId), up to 200 characters; OMNI assigns one to a send to several destinations. */
  bulkId?: string | null | undefined;
  /** Who gets the message: 1 to 10000 destinations, one message each. */
  destinations: Array<DestinationInput>;
  /** Makes retries safe: for 24 h, a repeat with the same key and input returns the first result and sends nothing. */
  idempotencyKey?: string | null | undefined;
  /** Defaults to the default scenario. */
  scenarioKey?: string | number | null | undefined;
  /** Sent by every step of the scenario (OMNI's text); not empty, and at most 1000 characters for Viber and Facebook steps, 4000 for push. */
  text: string;
};

/** Filters over the messages the gateway keeps; all given must match. */
export type SentMessageFilter = {
  /** The bulk the message was sent in (OMNI `bulkId`). */
  bulkId?: string | null | undefined;
  /** The callbackData the send gave. */
  callbackData?: string | null | undefined;
  /** The channel of the attempt behind the current status (a message with no report yet has none). */
  channel?: Channel | null | undefined;
  /** A phone number or email address: the send's, or that of any attempt. */
  destination?: string | null | undefined;
  /** Sent at or after (by the gateway's clock: when it sent or first heard of the message). */
  sentSince?: string | null | undefined;
  /** Sent at or before. */
  sentUntil?: string | null | undefined;
  /** The message's current status. */
  statusGroup?: StatusGroup | null | undefined;
};

/** Why a step fails at once and hands over without waiting: the destination lacks its address, or there is nothing to send. */
export type SkipReason =
  /** The destination has no address for the step's channel. */
  | 'NO_ADDRESS'
  /** There is no text or other content for the step's channel. */
  | 'NO_CONTENT';

/** Content of SMS steps. The text is not limited in length but billed per part: 160 GSM-7 characters in one, 153 each when concatenated (see previewSms). */
export type SmsContentInput = {
  /** Encodes Turkish, Spanish or Portuguese letters in GSM-7 rather than UCS-2: 155 characters a part, 149 when concatenated. */
  language?: SmsLanguageInput | null | undefined;
  /** What this channel's steps send instead of the input's text (OMNI's text): at most 1000 characters on Viber and Facebook, 4000 on push, unlimited elsewhere. */
  text?: string | null | undefined;
  /** Replaces characters GSM-7 lacks before sending (OMNI's sms.transliteration). */
  transliteration?: Transliteration | null | undefined;
  /** How long this step may take before the next one runs: at least 30 s, at most 48 h (longer is clamped to 48 h); Viber 35 s to 14 days. */
  validityPeriod?: number | null | undefined;
  /** Defaults to MINUTES. */
  validityPeriodTimeUnit?: TimeUnit | null | undefined;
};

/** GSM7: 160 characters in one part, 153 per part. UCS2: 70 and 67. */
export type SmsEncoding =
  /** The GSM 03.38 alphabet, where ^ { } \ [ ] ~ | € count twice. With a national language table a part holds 155, or 149 concatenated. */
  | 'GSM7'
  /** Any Unicode text, counted in UTF-16 code units. */
  | 'UCS2';

/** National language table for GSM-7 encoding: TR, ES, PT, AUTODETECT (the cheapest of them) or NONE. A single part then holds 155 characters, 149 per concatenated part. */
export type SmsLanguageCode =
  /** Whichever of TR, ES and PT needs the fewest parts, used only when the default alphabet cannot carry the text. */
  | 'AUTODETECT'
  /** The Spanish table. */
  | 'ES'
  /** No national table: the default GSM-7 alphabet, or UCS-2. */
  | 'NONE'
  /** The Portuguese table. */
  | 'PT'
  /** The Turkish table (ç, ğ, ı, İ, ş stay GSM-7). */
  | 'TR';

/** The national language table of an SMS (OMNI's sms.language). */
export type SmsLanguageInput = {
  /** The table (OMNI's languageCode). */
  languageCode: SmsLanguageCode;
};

/** The general status of a message or attempt: OMNI's status groupName (groupId 1 to 5). Every value but PENDING is final. */
export type StatusGroup =
  /** Group 3: delivered, to the handset or to the operator. */
  | 'DELIVERED'
  /** Group 4: the validity period ran out without a delivery confirmation. */
  | 'EXPIRED'
  /** Group 1: sent or accepted, the outcome not known yet. */
  | 'PENDING'
  /** Group 5: refused before delivery, e.g. blocked destination, unknown sender or not enough credit. */
  | 'REJECTED'
  /** Group 2: could not be delivered; the operator or the device turned it down. */
  | 'UNDELIVERABLE';

/** Filters over the stored delivery reports; all given must match. */
export type StoredReportFilter = {
  /** The bulk the message was sent in (OMNI `bulkId`). */
  bulkId?: string | null | undefined;
  /** The callbackData the send gave, exactly. */
  callbackData?: string | null | undefined;
  /** The channel the attempt used. */
  channel?: Channel | null | undefined;
  /** The address the attempt went to. */
  destination?: string | null | undefined;
  /** Only these messages (OMNI `messageId`), at most 1000. */
  messageIds?: Array<string | number> | null | undefined;
  /** The attempt started at or after (its sentAt). */
  sentSince?: string | null | undefined;
  /** The attempt started at or before. */
  sentUntil?: string | null | undefined;
  /** The report's status group. */
  statusGroup?: StatusGroup | null | undefined;
};

/** What happens when the user taps the primary button of the in-app notification. */
export type TapActionInput = {
  /** The URL, or the deep link path, to open. */
  resource: string;
  /** What the tap opens. */
  type: TapActionType;
};

/** WEB_VIEW_URL opens the resource in a web view inside the app, OPEN_URL_IN_BROWSER in the device browser, DEEP_LINK opens a screen of the app. */
export type TapActionType =
  /** Opens the app's screen that the resource, a deep link path, names. */
  | 'DEEP_LINK'
  /** Opens the resource, a URL, in the device's browser. */
  | 'OPEN_URL_IN_BROWSER'
  /** Opens the resource, a URL, in a web view inside the app. */
  | 'WEB_VIEW_URL';

/** Unit of a validity period (OMNI's validityPeriodTimeUnit). */
export type TimeUnit =
  /** Hours. */
  | 'HOURS'
  /** Minutes; the unit when none is given. */
  | 'MINUTES'
  /** Seconds. */
  | 'SECONDS';

/** The addresses of one destination (OMNI's to). A step whose address is missing is skipped, with a STEP_SKIPPED notice. */
export type ToInput = {
  /** Used by EMAIL steps (OMNI's to.emailAddress). */
  emailAddress?: string | null | undefined;
  /** Used by every step but EMAIL (OMNI's to.phoneNumber). */
  phoneNumber?: string | null | undefined;
};

/** Replaces characters outside GSM-7 before the text is counted and sent, to save message parts. */
export type Transliteration =
  /** GREEK, CYRILLIC and NON_UNICODE together. */
  | 'ALL'
  /** Latvian and Lithuanian letters, e.g. ā, ē, ģ, ķ, ų, to base letters. */
  | 'BALTIC'
  /** Bulgarian Cyrillic to Latin letters. */
  | 'BULGARIAN_CYRILLIC'
  /** Czech, Polish, Slovak, Hungarian and similar letters, e.g. ą, č, ł, ő, to base letters. */
  | 'CENTRAL_EUROPEAN'
  /** Accented á, í, ó, ú to plain vowels. */
  | 'COLOMBIAN'
  /** Russian Cyrillic to Latin letters. */
  | 'CYRILLIC'
  /** Greek to GSM-7's Greek capitals and look-alike Latin letters. */
  | 'GREEK'
  /** The text is sent as written. */
  | 'NONE'
  /** Every Latin letter with a diacritic GSM-7 lacks to its base letter, and curly quotes and dashes to plain ones. */
  | 'NON_UNICODE'
  /** Portuguese letters GSM-7 lacks, e.g. ã, õ, ê, ç, to base letters. */
  | 'PORTUGUESE'
  /** Serbian Cyrillic to Latin letters. */
  | 'SERBIAN_CYRILLIC'
  /** Turkish letters GSM-7 lacks, e.g. ç, ğ, ı, ş, to base letters. */
  | 'TURKISH';

/** Content of VKONTAKTE steps: a text, or a template and its data. */
export type VKontakteContentInput = {
  /** Values for the template's placeholders (OMNI's templateData). */
  templateData?: Record<string, unknown> | null | undefined;
  /** A VKontakte template to send (OMNI's templateName); with it, text may be left out. */
  templateName?: string | null | undefined;
  /** What this channel's steps send instead of the input's text (OMNI's text): at most 1000 characters on Viber and Facebook, 4000 on push, unlimited elsewhere. */
  text?: string | null | undefined;
  /** How long this step may take before the next one runs: at least 30 s, at most 48 h (longer is clamped to 48 h); Viber 35 s to 14 days. */
  validityPeriod?: number | null | undefined;
  /** Defaults to MINUTES. */
  validityPeriodTimeUnit?: TimeUnit | null | undefined;
};

/** Content of VIBER steps: text up to 1000 characters, an image, a button. Validity is 35 s to 14 days; a longer one is refused, not clamped. */
export type ViberContentInput = {
  /** The button's label, up to 30 characters (OMNI's buttonText); needs buttonURL. */
  buttonText?: string | null | undefined;
  /** Where the button leads, up to 1000 characters (OMNI's buttonURL); needs buttonText. */
  buttonURL?: string | null | undefined;
  /** An image to show, up to 1000 characters (OMNI's imageURL); with it, text may be left out. */
  imageURL?: string | null | undefined;
  /** Sends a promotional rather than a transactional message (OMNI's isPromotional). */
  isPromotional?: boolean | null | undefined;
  /** What this channel's steps send instead of the input's text (OMNI's text): at most 1000 characters on Viber and Facebook, 4000 on push, unlimited elsewhere. */
  text?: string | null | undefined;
  /** Your data for Viber's tracking, up to 100 characters (OMNI's trackingData). */
  trackingData?: string | null | undefined;
  /** How long this step may take before the next one runs: at least 30 s, at most 48 h (longer is clamped to 48 h); Viber 35 s to 14 days. */
  validityPeriod?: number | null | undefined;
  /** Defaults to MINUTES. */
  validityPeriodTimeUnit?: TimeUnit | null | undefined;
};

/** Content of VOICE steps: a text read out in a phone call. */
export type VoiceContentInput = {
  /** Language the text is read in, e.g. en. */
  language?: string | null | undefined;
  /** What this channel's steps send instead of the input's text (OMNI's text): at most 1000 characters on Viber and Facebook, 4000 on push, unlimited elsewhere. */
  text?: string | null | undefined;
  /** How long this step may take before the next one runs: at least 30 s, at most 48 h (longer is clamped to 48 h); Viber 35 s to 14 days. */
  validityPeriod?: number | null | undefined;
  /** Defaults to MINUTES. */
  validityPeriodTimeUnit?: TimeUnit | null | undefined;
};

export type SentMessagePageQueryVariables = Exact<{
  filter?: SentMessageFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type SentMessagePageQuery = { sentMessages: { edges: Array<{ cursor: string, node: { messageId: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type SentMessagesQueryVariables = Exact<{
  filter?: SentMessageFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SentMessagesQuery = { sentMessages: { edges: Array<{ cursor: string, node: { messageId: string, bulkId: string | null, sentAt: string | null, callbackData: string | null, channel: Channel | null, deliveredVia: Channel | null, to: { phoneNumber: string | null } | null, status: { groupName: StatusGroup, name: string } | null, report: { channel: Channel, status: { name: string } } | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type StoredReportsQueryVariables = Exact<{
  filter?: StoredReportFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StoredReportsQuery = { storedReports: { edges: Array<{ cursor: string, node: { messageId: string, bulkId: string | null, to: string, channel: Channel, callbackData: string | null, status: { groupName: StatusGroup, name: string } } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type BulksQueryVariables = Exact<{
  filter?: BulkFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BulksQuery = { bulks: { edges: Array<{ cursor: string, node: { bulkId: string, messageCount: number, deliveryRate: number, byStatus: Array<{ status: StatusGroup, count: number }> } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type PageInfoFieldsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

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

export const PageInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const AttemptFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttemptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permanent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pricePerMessage"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<AttemptFieldsFragment, unknown>;
export const ScenarioFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}}]}}]}}]} as unknown as DocumentNode<ScenarioFieldsFragment, unknown>;
export const SentMessagePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SentMessagePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SentMessageFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<SentMessagePageQuery, SentMessagePageQueryVariables>;
export const SentMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SentMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SentMessageFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"bulkId"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"callbackData"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredVia"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<SentMessagesQuery, SentMessagesQueryVariables>;
export const StoredReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoredReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StoredReportFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storedReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"bulkId"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"callbackData"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<StoredReportsQuery, StoredReportsQueryVariables>;
export const BulksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bulks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkId"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryRate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<BulksQuery, BulksQueryVariables>;
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