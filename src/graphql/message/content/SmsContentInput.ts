import { Field, InputType, registerEnumType } from "type-graphql";
import {
  SMS_LANGUAGE_CODES,
  type SmsLanguageCode as SmsLanguageCodeName,
} from "../../../domain/smsEncoding.js";
import {
  TRANSLITERATIONS,
  type Transliteration as TransliterationName,
} from "../../../domain/transliteration.js";
import { enumOf } from "../../common/enums.js";
import { ChannelContentInput } from "./ChannelContentInput.js";

export const SmsLanguageCode = enumOf<SmsLanguageCodeName>(SMS_LANGUAGE_CODES);
registerEnumType(SmsLanguageCode, {
  name: "SmsLanguageCode",
  description:
    "National language table for GSM-7 encoding: TR, ES, PT, AUTODETECT (the cheapest of them) or NONE. A single part then holds 155 characters, 149 per concatenated part.",
});

export const Transliteration = enumOf<TransliterationName>(TRANSLITERATIONS);
registerEnumType(Transliteration, {
  name: "Transliteration",
  description:
    "Replaces characters outside GSM-7 before the text is counted and sent, to save message parts.",
});

@InputType()
export class SmsLanguageInput {
  @Field(() => SmsLanguageCode)
  languageCode!: SmsLanguageCodeName;
}

@InputType({
  description: "SMS text is not limited in length: it costs one part per 160 GSM-7 characters.",
})
export class SmsContentInput extends ChannelContentInput {
  @Field(() => SmsLanguageInput, { nullable: true })
  language?: SmsLanguageInput;

  @Field(() => Transliteration, { nullable: true })
  transliteration?: TransliterationName;
}
