import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import type { SmsLanguageCode as SmsLanguageCodeName } from "../../domain/smsEncoding.js";
import type { SmsParts } from "../../domain/smsEncoding.js";
import type { Transliteration as TransliterationName } from "../../domain/transliteration.js";
import { SmsLanguageCode, Transliteration } from "../message/content/SmsContentInput.js";
import { Shareable } from "../common/Shareable.js";

export enum SmsEncoding {
  GSM7 = "GSM7",
  UCS2 = "UCS2",
}
registerEnumType(SmsEncoding, {
  name: "SmsEncoding",
  description: "GSM7: 160 characters in one part, 153 per part. UCS2: 70 and 67.",
  valuesConfig: {
    GSM7: {
      description:
        "The GSM 03.38 alphabet, where ^ { } \\ [ ] ~ | € count twice. With a national language table a part holds 155, or 149 concatenated.",
    },
    UCS2: { description: "Any Unicode text, counted in UTF-16 code units." },
  },
});

@ObjectType({ simpleResolvers: true, description: "How an SMS text is encoded and what it costs." })
export class SmsCost {
  @Field(() => SmsEncoding, { description: "GSM7 when the text fits it, else UCS2." })
  encoding!: SmsEncoding;

  @Field(() => SmsLanguageCode, {
    nullable: true,
    description: "The national language table the text needed, if any (then 155 / 149).",
  })
  nationalLanguage?: SmsLanguageCodeName;

  @Field(() => Int, { description: "GSM-7 septets or UCS-2 code units." })
  units!: number;

  @Field(() => Int, { description: "Parts, i.e. the number of billed messages." })
  messageCount!: number;

  @Field(() => Int, { description: "Room left in the last part." })
  charactersRemaining!: number;

  @Field({ description: "The text as sent, after transliteration." })
  textPreview!: string;

  static of(parts: SmsParts): SmsCost {
    return Object.assign(new SmsCost(), {
      encoding: parts.encoding,
      nationalLanguage: parts.nationalLanguage,
      units: parts.units,
      messageCount: parts.parts,
      charactersRemaining: parts.charactersRemaining,
      textPreview: parts.sentText,
    });
  }
}

@Shareable()
@ObjectType({
  simpleResolvers: true,
  description: "The options a preview was computed with; empty for the plain text.",
})
export class SmsPreviewConfiguration {
  @Field(() => SmsLanguageCode, {
    nullable: true,
    description:
      "The language code asked for (Infobip's language.languageCode); null when none was.",
  })
  languageCode?: SmsLanguageCodeName;

  @Field(() => Transliteration, {
    nullable: true,
    description: "The transliteration asked for; null when none was.",
  })
  transliteration?: TransliterationName;
}

@Shareable()
@ObjectType({
  simpleResolvers: true,
  description: "What one configuration makes of the text, and what it costs.",
})
export class SmsPreviewEntry {
  @Field({ description: "The text as it would be sent, after transliteration." })
  textPreview!: string;

  @Field(() => Int, { description: "SMS parts, i.e. billed messages." })
  messageCount!: number;

  @Field(() => Int, { description: "Characters that still fit in the last part." })
  charactersRemaining!: number;

  @Field(() => SmsPreviewConfiguration, {
    description: "The options this entry was counted with; both null for the plain text.",
  })
  configuration!: SmsPreviewConfiguration;

  @Field(() => SmsEncoding, { description: "GSM7 when the text fits it, else UCS2." })
  encoding!: SmsEncoding;

  @Field(() => SmsLanguageCode, {
    nullable: true,
    description: "The national language table the text needed; null when it needed none.",
  })
  nationalLanguage?: SmsLanguageCodeName;
}

@Shareable()
@ObjectType({
  simpleResolvers: true,
  description:
    "Infobip's /sms/1/preview answer, plus the encoding: the plain text first, then the text with the asked language or transliteration.",
})
export class SmsPreview {
  @Field({ description: "The text as given." })
  originalText!: string;

  @Field(() => [SmsPreviewEntry], {
    description:
      "One entry for the plain text, and a second when a language or transliteration was asked.",
  })
  previews!: SmsPreviewEntry[];
}
