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
  valuesConfig: {
    NONE: { description: "No national table: the default GSM-7 alphabet, or UCS-2." },
    TR: { description: "The Turkish table (ç, ğ, ı, İ, ş stay GSM-7)." },
    ES: { description: "The Spanish table." },
    PT: { description: "The Portuguese table." },
    AUTODETECT: {
      description:
        "Whichever of TR, ES and PT needs the fewest parts, used only when the default alphabet cannot carry the text.",
    },
  } satisfies Record<SmsLanguageCodeName, { description: string }>,
});

export const Transliteration = enumOf<TransliterationName>(TRANSLITERATIONS);
registerEnumType(Transliteration, {
  name: "Transliteration",
  description:
    "Replaces characters outside GSM-7 before the text is counted and sent, to save message parts.",
  valuesConfig: {
    NONE: { description: "The text is sent as written." },
    ALL: { description: "GREEK, CYRILLIC and NON_UNICODE together." },
    BALTIC: { description: "Latvian and Lithuanian letters, e.g. ā, ē, ģ, ķ, ų, to base letters." },
    CENTRAL_EUROPEAN: {
      description:
        "Czech, Polish, Slovak, Hungarian and similar letters, e.g. ą, č, ł, ő, to base letters.",
    },
    COLOMBIAN: { description: "Accented á, í, ó, ú to plain vowels." },
    CYRILLIC: { description: "Russian Cyrillic to Latin letters." },
    GREEK: { description: "Greek to GSM-7's Greek capitals and look-alike Latin letters." },
    NON_UNICODE: {
      description:
        "Every Latin letter with a diacritic GSM-7 lacks to its base letter, and curly quotes and dashes to plain ones.",
    },
    PORTUGUESE: {
      description: "Portuguese letters GSM-7 lacks, e.g. ã, õ, ê, ç, to base letters.",
    },
    SERBIAN_CYRILLIC: { description: "Serbian Cyrillic to Latin letters." },
    TURKISH: { description: "Turkish letters GSM-7 lacks, e.g. ç, ğ, ı, ş, to base letters." },
    BULGARIAN_CYRILLIC: { description: "Bulgarian Cyrillic to Latin letters." },
  } satisfies Record<TransliterationName, { description: string }>,
});

@InputType({ description: "The national language table of an SMS (OMNI's sms.language)." })
export class SmsLanguageInput {
  @Field(() => SmsLanguageCode, { description: "The table (OMNI's languageCode)." })
  languageCode!: SmsLanguageCodeName;
}

@InputType({
  description:
    "Content of SMS steps. The text is not limited in length but billed per part: 160 GSM-7 characters in one, 153 each when concatenated (see previewSms).",
})
export class SmsContentInput extends ChannelContentInput {
  @Field(() => SmsLanguageInput, {
    nullable: true,
    description:
      "Encodes Turkish, Spanish or Portuguese letters in GSM-7 rather than UCS-2: 155 characters a part, 149 when concatenated.",
  })
  language?: SmsLanguageInput;

  @Field(() => Transliteration, {
    nullable: true,
    description: "Replaces characters GSM-7 lacks before sending (OMNI's sms.transliteration).",
  })
  transliteration?: TransliterationName;
}
