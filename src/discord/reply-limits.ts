// Discord's documented limits for what a bot sends. The formatter (format.ts) is the one module that enforces them.
// https://discord.com/developers/docs/resources/message#embed-object-embed-limits

export const MAX_MESSAGE_LENGTH = 2_000;
export const MAX_EMBEDS_PER_MESSAGE = 10;
export const MAX_EMBED_TITLE_LENGTH = 256;
export const MAX_EMBED_DESCRIPTION_LENGTH = 4_096;
export const MAX_EMBED_FIELDS = 25;
export const MAX_EMBED_FIELD_NAME_LENGTH = 256;
export const MAX_EMBED_FIELD_VALUE_LENGTH = 1_024;
export const MAX_EMBED_FOOTER_LENGTH = 2_048;
/** Title, description, field names and values, footer and author of every embed in one message, together. */
export const MAX_EMBED_CHARACTERS_PER_MESSAGE = 6_000;
export const MAX_ACTION_ROWS = 5;
export const MAX_BUTTONS_PER_ROW = 5;
export const MAX_BUTTON_LABEL_LENGTH = 80;
export const MAX_CUSTOM_ID_LENGTH = 100;
export const MAX_AUTOCOMPLETE_CHOICES = 25;
export const MAX_CHOICE_NAME_LENGTH = 100;
export const MAX_CHOICE_VALUE_LENGTH = 100;

/** The /ask question option's own limit (ours, not Discord's): long enough for any spoken question. */
export const MAX_QUESTION_LENGTH = 300;
export const MAX_RESULTS_PER_ASK = 5;
export const DEFAULT_RESULTS_PER_ASK = 3;
