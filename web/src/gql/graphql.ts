/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** Unit of mirroredPushExpirationPeriod: the docs allow only minutes or hours. */
export type MirroredPushTimeUnit =
  /** Hours. */
  | 'HOURS'
  /** Minutes. */
  | 'MINUTES';

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

export type PlaygroundScenarioFragment = { key: string, name: string | null, isDefault: boolean, flow: Array<{ channel: Channel, from: string | null }> };

export type PlaygroundScenariosQueryVariables = Exact<{ [key: string]: never; }>;


export type PlaygroundScenariosQuery = { scenarios: Array<{ key: string, name: string | null, isDefault: boolean, flow: Array<{ channel: Channel, from: string | null }> }> };

export type PlaygroundCreateScenarioMutationVariables = Exact<{
  input: ScenarioInput;
}>;


export type PlaygroundCreateScenarioMutation = { createScenario: { key: string, name: string | null, isDefault: boolean, flow: Array<{ channel: Channel, from: string | null }> } };

export type PlaygroundUpdateScenarioMutationVariables = Exact<{
  key: string | number;
  input: ScenarioInput;
}>;


export type PlaygroundUpdateScenarioMutation = { updateScenario: { key: string, name: string | null, isDefault: boolean, flow: Array<{ channel: Channel, from: string | null }> } };

export type PlaygroundChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlaygroundChannelsQuery = { channels: Array<{ channel: Channel, contentKey: string, maxTextLength: number | null, contentFields: Array<string>, minValiditySeconds: number, maxValiditySeconds: number, defaultValiditySeconds: number, needsPhoneNumber: boolean, needsEmailAddress: boolean, billedPerPart: boolean, fieldLimits: Array<{ field: string, maxLength: number }> }> };

export type PlaygroundPreviewSmsQueryVariables = Exact<{
  text: string;
}>;


export type PlaygroundPreviewSmsQuery = { previewSms: { previews: Array<{ messageCount: number, charactersRemaining: number, encoding: SmsEncoding }> } };

export type PlaygroundPlanSendQueryVariables = Exact<{
  input: SendAdvancedInput;
}>;


export type PlaygroundPlanSendQuery = { planSend: { scenarioKey: string, startsAt: string, notices: Array<{ path: string, message: string }>, destinations: Array<{ index: number, givesUpAt: string, to: { phoneNumber: string | null, emailAddress: string | null }, steps: Array<{ index: number, channel: Channel, from: string | null, address: string | null, validitySeconds: number, skipped: SkipReason | null, startsAt: string, givesUpAt: string, sms: { encoding: SmsEncoding, messageCount: number } | null }> }> } };

export type PlaygroundSendMutationVariables = Exact<{
  input: SendAdvancedInput;
}>;


export type PlaygroundSendMutation = { sendAdvanced: { bulkId: string | null, messages: Array<{ messageId: string, to: { phoneNumber: string | null, emailAddress: string | null } | null }>, notices: Array<{ path: string, message: string }> } };

export type PlaygroundMessageQueryVariables = Exact<{
  messageId: string | number;
}>;


export type PlaygroundMessageQuery = { message: { messageId: string, deliveredVia: Channel | null, status: { groupName: StatusGroup, name: string } | null, attempts: Array<{ channel: Channel, from: string | null, sentAt: string, doneAt: string | null, status: { groupName: StatusGroup, name: string }, error: { name: string, description: string, permanent: boolean } | null, price: { pricePerMessage: number, currency: string } | null }> } | null };

export type PlaygroundBulkQueryVariables = Exact<{
  bulkId: string | number;
}>;


export type PlaygroundBulkQuery = { bulk: { bulkId: string, messageCount: number, deliveryRate: number, byStatus: Array<{ status: StatusGroup, count: number }>, totalPrice: Array<{ pricePerMessage: number, currency: string }> } | null };

export type PlaygroundStatusChangedSubscriptionVariables = Exact<{
  bulkId: string | number;
}>;


export type PlaygroundStatusChangedSubscription = { messageStatusChanged: { messageId: string, final: boolean, status: { groupName: StatusGroup, name: string } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PlaygroundScenarioFragmentDoc = new TypedDocumentString(`
    fragment PlaygroundScenario on Scenario {
  key
  name
  isDefault
  flow {
    channel
    from
  }
}
    `, {"fragmentName":"PlaygroundScenario"}) as unknown as TypedDocumentString<PlaygroundScenarioFragment, unknown>;
export const PlaygroundScenariosDocument = new TypedDocumentString(`
    query PlaygroundScenarios {
  scenarios(limit: 100) {
    ...PlaygroundScenario
  }
}
    fragment PlaygroundScenario on Scenario {
  key
  name
  isDefault
  flow {
    channel
    from
  }
}`) as unknown as TypedDocumentString<PlaygroundScenariosQuery, PlaygroundScenariosQueryVariables>;
export const PlaygroundCreateScenarioDocument = new TypedDocumentString(`
    mutation PlaygroundCreateScenario($input: ScenarioInput!) {
  createScenario(input: $input) {
    ...PlaygroundScenario
  }
}
    fragment PlaygroundScenario on Scenario {
  key
  name
  isDefault
  flow {
    channel
    from
  }
}`) as unknown as TypedDocumentString<PlaygroundCreateScenarioMutation, PlaygroundCreateScenarioMutationVariables>;
export const PlaygroundUpdateScenarioDocument = new TypedDocumentString(`
    mutation PlaygroundUpdateScenario($key: ID!, $input: ScenarioInput!) {
  updateScenario(key: $key, input: $input) {
    ...PlaygroundScenario
  }
}
    fragment PlaygroundScenario on Scenario {
  key
  name
  isDefault
  flow {
    channel
    from
  }
}`) as unknown as TypedDocumentString<PlaygroundUpdateScenarioMutation, PlaygroundUpdateScenarioMutationVariables>;
export const PlaygroundChannelsDocument = new TypedDocumentString(`
    query PlaygroundChannels {
  channels {
    channel
    contentKey
    maxTextLength
    contentFields
    fieldLimits {
      field
      maxLength
    }
    minValiditySeconds
    maxValiditySeconds
    defaultValiditySeconds
    needsPhoneNumber
    needsEmailAddress
    billedPerPart
  }
}
    `) as unknown as TypedDocumentString<PlaygroundChannelsQuery, PlaygroundChannelsQueryVariables>;
export const PlaygroundPreviewSmsDocument = new TypedDocumentString(`
    query PlaygroundPreviewSms($text: String!) {
  previewSms(text: $text) {
    previews {
      messageCount
      charactersRemaining
      encoding
    }
  }
}
    `) as unknown as TypedDocumentString<PlaygroundPreviewSmsQuery, PlaygroundPreviewSmsQueryVariables>;
export const PlaygroundPlanSendDocument = new TypedDocumentString(`
    query PlaygroundPlanSend($input: SendAdvancedInput!) {
  planSend(input: $input) {
    scenarioKey
    startsAt
    notices {
      path
      message
    }
    destinations {
      index
      givesUpAt
      to {
        phoneNumber
        emailAddress
      }
      steps {
        index
        channel
        from
        address
        validitySeconds
        skipped
        startsAt
        givesUpAt
        sms {
          encoding
          messageCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlaygroundPlanSendQuery, PlaygroundPlanSendQueryVariables>;
export const PlaygroundSendDocument = new TypedDocumentString(`
    mutation PlaygroundSend($input: SendAdvancedInput!) {
  sendAdvanced(input: $input) {
    bulkId
    messages {
      messageId
      to {
        phoneNumber
        emailAddress
      }
    }
    notices {
      path
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PlaygroundSendMutation, PlaygroundSendMutationVariables>;
export const PlaygroundMessageDocument = new TypedDocumentString(`
    query PlaygroundMessage($messageId: ID!) {
  message(messageId: $messageId) {
    messageId
    status {
      groupName
      name
    }
    deliveredVia
    attempts {
      channel
      from
      status {
        groupName
        name
      }
      error {
        name
        description
        permanent
      }
      sentAt
      doneAt
      price {
        pricePerMessage
        currency
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlaygroundMessageQuery, PlaygroundMessageQueryVariables>;
export const PlaygroundBulkDocument = new TypedDocumentString(`
    query PlaygroundBulk($bulkId: ID!) {
  bulk(bulkId: $bulkId) {
    bulkId
    messageCount
    byStatus {
      status
      count
    }
    totalPrice {
      pricePerMessage
      currency
    }
    deliveryRate
  }
}
    `) as unknown as TypedDocumentString<PlaygroundBulkQuery, PlaygroundBulkQueryVariables>;
export const PlaygroundStatusChangedDocument = new TypedDocumentString(`
    subscription PlaygroundStatusChanged($bulkId: ID!) {
  messageStatusChanged(bulkId: $bulkId) {
    messageId
    final
    status {
      groupName
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PlaygroundStatusChangedSubscription, PlaygroundStatusChangedSubscriptionVariables>;