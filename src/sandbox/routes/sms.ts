import type { Router } from "express";
import { z } from "zod";
import { apiRouter } from "../apiRouter.js";
import type { Gate } from "../auth.js";
import { SMS_LANGUAGE_CODES } from "../../domain/smsEncoding.js";
import { previewSms } from "../../domain/smsPreview.js";
import { TRANSLITERATIONS } from "../../domain/transliteration.js";
import type { RequestStats } from "../stats.js";
import { recordOrEmpty, validated } from "../validation.js";

const previewRequest = z.preprocess(
  recordOrEmpty,
  z.object({
    text: z.string({ error: "must be a string" }),
    languageCode: z
      .enum(SMS_LANGUAGE_CODES, { error: `must be one of ${SMS_LANGUAGE_CODES.join(", ")}` })
      .nullish(),
    transliteration: z
      .enum(TRANSLITERATIONS, { error: `must be one of ${TRANSLITERATIONS.join(", ")}` })
      .nullish(),
  }),
);

/** `POST /sms/1/preview`: Infobip's SMS length preview, with the arithmetic the sends use. */
export function smsRoutes(deps: { stats: RequestStats; gate: Gate }): Router {
  const { router, route } = apiRouter(deps);
  route("post", "/sms/1/preview", (req) => {
    const { text, languageCode, transliteration } = validated(previewRequest, req.body);
    const preview = previewSms({
      text,
      ...(languageCode ? { languageCode } : {}),
      ...(transliteration ? { transliteration } : {}),
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
