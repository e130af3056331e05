import { Arg, Query, Resolver } from "type-graphql";
import { Authenticated } from "../auth/decorators.js";
import type { SmsLanguageCode as SmsLanguageCodeName } from "../../domain/smsEncoding.js";
import { previewSms } from "../../domain/smsPreview.js";
import type { Transliteration as TransliterationName } from "../../domain/transliteration.js";
import { SmsLanguageCode, Transliteration } from "../message/content/SmsContentInput.js";
import { SmsPreview, SmsPreviewConfiguration, SmsPreviewEntry } from "./SmsPreview.js";

@Resolver()
export class PreviewResolver {
  @Authenticated()
  @Query(() => SmsPreview, {
    description:
      "How many SMS parts a text costs and how many characters remain, as Infobip's /sms/1/preview computes it. Computed in the gateway: nothing is sent.",
  })
  previewSms(
    @Arg("text", { description: "The SMS text to count." }) text: string,
    @Arg("languageCode", () => SmsLanguageCode, {
      nullable: true,
      description: "A national language table to count a second preview with.",
    })
    languageCode?: SmsLanguageCodeName,
    @Arg("transliteration", () => Transliteration, {
      nullable: true,
      description: "A transliteration to count a second preview with.",
    })
    transliteration?: TransliterationName,
  ): SmsPreview {
    const preview = previewSms({ text, languageCode, transliteration });
    return Object.assign(new SmsPreview(), {
      originalText: preview.originalText,
      previews: preview.previews.map((entry) =>
        Object.assign(new SmsPreviewEntry(), {
          textPreview: entry.textPreview,
          messageCount: entry.messageCount,
          charactersRemaining: entry.charactersRemaining,
          configuration: Object.assign(new SmsPreviewConfiguration(), {
            languageCode: entry.configuration.language?.languageCode,
            transliteration: entry.configuration.transliteration,
          }),
          encoding: entry.parts.encoding,
          nationalLanguage: entry.parts.nationalLanguage,
        }),
      ),
    });
  }
}
