import { smsParts, type SmsLanguageCode, type SmsParts } from "./smsEncoding.js";
import type { Transliteration } from "./transliteration.js";

export interface SmsPreviewRequest {
  text: string;
  languageCode?: SmsLanguageCode;
  transliteration?: Transliteration;
}

export interface SmsPreviewConfiguration {
  language?: { languageCode: SmsLanguageCode };
  transliteration?: Transliteration;
}

export interface SmsPreviewEntry {
  textPreview: string;
  messageCount: number;
  charactersRemaining: number;
  configuration: SmsPreviewConfiguration;
  parts: SmsParts;
}

export interface SmsPreview {
  originalText: string;
  previews: SmsPreviewEntry[];
}

/**
 * `/sms/1/preview`: the text as it is, and, when a language or a transliteration is asked for, the
 * text as that configuration would send it, so the two costs can be compared.
 */
export function previewSms(request: SmsPreviewRequest): SmsPreview {
  const configuration: SmsPreviewConfiguration = {
    ...(request.languageCode && request.languageCode !== "NONE"
      ? { language: { languageCode: request.languageCode } }
      : {}),
    ...(request.transliteration && request.transliteration !== "NONE"
      ? { transliteration: request.transliteration }
      : {}),
  };
  const configurations: SmsPreviewConfiguration[] = [{}];
  if (configuration.language || configuration.transliteration) configurations.push(configuration);
  return {
    originalText: request.text,
    previews: configurations.map((config) => {
      const parts = smsParts(request.text, {
        languageCode: config.language?.languageCode,
        transliteration: config.transliteration,
      });
      return {
        textPreview: parts.sentText,
        messageCount: parts.parts,
        charactersRemaining: parts.charactersRemaining,
        configuration: config,
        parts,
      };
    }),
  };
}
