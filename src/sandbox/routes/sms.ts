import type { Router } from "express";
import { apiRouter } from "../apiRouter.js";
import type { Gate } from "../auth.js";
import { isSmsLanguageCode, SMS_LANGUAGE_CODES } from "../../domain/smsEncoding.js";
import { previewSms } from "../../domain/smsPreview.js";
import { isTransliteration, TRANSLITERATIONS } from "../../domain/transliteration.js";
import { Issues } from "../errors.js";
import type { RequestStats } from "../stats.js";

/** `POST /sms/1/preview`: Infobip's SMS length preview, with the arithmetic the sends use. */
export function smsRoutes(deps: { stats: RequestStats; gate: Gate }): Router {
  const { router, route } = apiRouter(deps);
  route("post", "/sms/1/preview", (req) => {
    const body: Record<string, unknown> =
      typeof req.body === "object" && req.body !== null
        ? (req.body as Record<string, unknown>)
        : {};
    const issues = new Issues();
    const { text, languageCode, transliteration } = body;
    if (typeof text !== "string") issues.add("text", "must be a string");
    if (languageCode != null && !isSmsLanguageCode(languageCode)) {
      issues.add("languageCode", `must be one of ${SMS_LANGUAGE_CODES.join(", ")}`);
    }
    if (transliteration != null && !isTransliteration(transliteration)) {
      issues.add("transliteration", `must be one of ${TRANSLITERATIONS.join(", ")}`);
    }
    issues.throwIfAny();
    const preview = previewSms({
      text: text as string,
      ...(isSmsLanguageCode(languageCode) ? { languageCode } : {}),
      ...(isTransliteration(transliteration) ? { transliteration } : {}),
    });
    return {
      body: {
        originalText: preview.originalText,
        previews: preview.previews.map(({ parts: _parts, ...entry }) => entry),
      },
    };
  });
  return router;
}
