import { Field, InputType, registerEnumType } from "type-graphql";
import { ChannelContentInput } from "./ChannelContentInput.js";

export enum SmsLanguageCode {
  NONE = "NONE",
  TR = "TR",
  ES = "ES",
  PT = "PT",
  AUTODETECT = "AUTODETECT",
}
registerEnumType(SmsLanguageCode, {
  name: "SmsLanguageCode",
  description: "National language shift table for GSM-7 encoding.",
});

export enum Transliteration {
  NONE = "NONE",
  ALL = "ALL",
  BALTIC = "BALTIC",
  CENTRAL_EUROPEAN = "CENTRAL_EUROPEAN",
  COLOMBIAN = "COLOMBIAN",
  CYRILLIC = "CYRILLIC",
  GREEK = "GREEK",
  NON_UNICODE = "NON_UNICODE",
  PORTUGUESE = "PORTUGUESE",
  SERBIAN_CYRILLIC = "SERBIAN_CYRILLIC",
  TURKISH = "TURKISH",
  BULGARIAN_CYRILLIC = "BULGARIAN_CYRILLIC",
}
registerEnumType(Transliteration, {
  name: "Transliteration",
  description: "Replaces characters outside GSM-7 before sending, to save message parts.",
});

@InputType()
export class SmsLanguageInput {
  @Field(() => SmsLanguageCode)
  languageCode!: SmsLanguageCode;
}

@InputType()
export class SmsContentInput extends ChannelContentInput {
  @Field(() => SmsLanguageInput, { nullable: true })
  language?: SmsLanguageInput;

  @Field(() => Transliteration, { nullable: true })
  transliteration?: Transliteration;
}
