/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** Unit of mirroredPushExpirationPeriod: the docs allow only minutes or hours. */
export type MirroredPushTimeUnit =
  | 'HOURS'
  | 'MINUTES';

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