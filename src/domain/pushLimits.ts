/**
 * The two push paths have different documented title limits, so each keeps its own constant: an
 * OMNI scenario's PUSH step takes `notificationOptions.title` (≤ 45, the push v2 docs), while the
 * Push API v3 takes `content.title` (≤ 50). Both take a text of 1 to 4000 characters.
 */
export const MAX_PUSH_TEXT = 4_000;
export const MAX_OMNI_PUSH_TITLE = 45;
export const MAX_PUSH_API_TITLE = 50;
