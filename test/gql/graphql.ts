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

/** How the device alerts the user (push-sms-example.md, notification options). */
export type PushNotificationOptionsInput = {
  badge?: number | null | undefined;
  category?: string | null | undefined;
  contentUrl?: string | null | undefined;
  inAppStyle?: InAppStyle | null | undefined;
  isSilent?: boolean | null | undefined;
  soundEnabled?: boolean | null | undefined;
  soundName?: string | null | undefined;
  title?: string | null | undefined;
  vibrationEnabled?: boolean | null | undefined;
};

export type ReportFilter = {
  bulkId?: string | null | undefined;
  channel?: Channel | null | undefined;
  /** 1 to 1000. */
  limit?: number;
  messageIds?: Array<string | number> | null | undefined;
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

/** Content per channel; each step of the scenario uses its channel's content. */
export type SendAdvancedInput = {
  bulkId?: string | null | undefined;
  /** Returned in delivery reports; up to 4000 characters. */
  callbackData?: string | null | undefined;
  destinations: Array<DestinationInput>;
  email?: EmailContentInput | null | undefined;
  facebook?: ChannelContentInput | null | undefined;
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
  vKontakte?: VKontakteContentInput | null | undefined;
  viber?: ViberContentInput | null | undefined;
  voice?: VoiceContentInput | null | undefined;
};

/** One text for every step of the scenario. */
export type SendTextInput = {
  bulkId?: string | null | undefined;
  destinations: Array<DestinationInput>;
  /** Defaults to the default scenario. */
  scenarioKey?: string | number | null | undefined;
  text: string;
};

export type SmsContentInput = {
  language?: SmsLanguageInput | null | undefined;
  text?: string | null | undefined;
  transliteration?: Transliteration | null | undefined;
  /** How long this step may take before the next one runs: at least 30 s, at most 48 h (longer is clamped to 48 h); Viber 35 s to 14 days. */
  validityPeriod?: number | null | undefined;
  /** Defaults to MINUTES. */
  validityPeriodTimeUnit?: TimeUnit | null | undefined;
};

/** National language shift table for GSM-7 encoding. */
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

/** Unit of a validity period. */
export type TimeUnit =
  | 'HOURS'
  | 'MINUTES'
  | 'SECONDS';

export type ToInput = {
  emailAddress?: string | null | undefined;
  phoneNumber?: string | null | undefined;
};

/** Replaces characters outside GSM-7 before sending, to save message parts. */
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

export type SendAdvancedMutationVariables = Exact<{
  input: SendAdvancedInput;
}>;


export type SendAdvancedMutation = { sendAdvanced: { bulkId: string | null, messages: Array<{ messageId: string, to: { phoneNumber: string | null, emailAddress: string | null } | null, status: { groupName: StatusGroup, name: string } | null }> } };

export type SendTextMutationVariables = Exact<{
  input: SendTextInput;
}>;


export type SendTextMutation = { sendText: { bulkId: string | null, messages: Array<{ messageId: string, status: { groupName: StatusGroup, name: string } | null }> } };


export const MessageTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessageTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"messageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"bulkId"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permanent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pricePerMessage"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pricePerMessage"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MessageTimelineQuery, MessageTimelineQueryVariables>;
export const MessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Messages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}}]} as unknown as DocumentNode<MessagesQuery, MessagesQueryVariables>;
export const ReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"bulkId"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permanent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pricePerMessage"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<ReportsQuery, ReportsQueryVariables>;
export const CreateScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}}]}}]}}]}}]} as unknown as DocumentNode<CreateScenarioMutation, CreateScenarioMutationVariables>;
export const UpdateScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateScenarioMutation, UpdateScenarioMutationVariables>;
export const ScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Scenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"flow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioQuery, ScenarioQueryVariables>;
export const ScenariosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Scenarios"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isDefault"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"isDefault"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isDefault"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<ScenariosQuery, ScenariosQueryVariables>;
export const DefaultScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DefaultScenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defaultScenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DefaultScenarioQuery, DefaultScenarioQueryVariables>;
export const SendAdvancedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendAdvanced"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendAdvancedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendAdvanced"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkId"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SendAdvancedMutation, SendAdvancedMutationVariables>;
export const SendTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendTextInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkId"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SendTextMutation, SendTextMutationVariables>;