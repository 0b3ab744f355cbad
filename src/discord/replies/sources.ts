// The /sources reply: every article with headline, outlet, author, date and paragraph count, paged with
// Previous/Next when the corpus outgrows one embed; and the autocomplete of the `source` option.
import { embedLength, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { SourceSummary } from '../../search/index.js';
import { plural } from '../../wording/words.js';
import { encodeSourcesPage } from '../components/custom-id.js';
import {
  MAX_AUTOCOMPLETE_CHOICES,
  MAX_CHOICE_NAME_LENGTH,
  MAX_CHOICE_VALUE_LENGTH,
  MAX_EMBED_CHARACTERS_PER_MESSAGE,
  MAX_EMBED_FIELD_NAME_LENGTH,
  MAX_EMBED_FIELD_VALUE_LENGTH,
  MAX_EMBED_FIELDS,
} from '../reply-limits.js';
import { button, noMentions, notice, row, type ReplyPayload, type SourceChoice } from './payload.js';
import { cutText, fitEscaped, headlineTitle, safeUrl } from './text.js';

/** A page's fields leave this much of the message for its title and footer. */
const TITLE_AND_FOOTER_ROOM = 300;
const SOURCES_PAGE_CHARACTERS = MAX_EMBED_CHARACTERS_PER_MESSAGE - TITLE_AND_FOOTER_ROOM;
const OUTLET_CHARACTERS = 80;
const AUTHOR_CHARACTERS = 120;
const ID_CHARACTERS = 100;
/** A longer link is left out: the field's details and id matter more. */
const LINK_CHARACTERS = 400;

function sourceField(source: SourceSummary): APIEmbedField {
  const details = [
    source.outlet ? fitEscaped(source.outlet, OUTLET_CHARACTERS) : undefined,
    source.author ? `by ${fitEscaped(source.author, AUTHOR_CHARACTERS)}` : undefined,
    source.published,
    plural(source.paragraphs, 'paragraph'),
  ].filter((part): part is string => Boolean(part));
  const id = `id \`${cutText(source.id.replace(/`/g, "'"), ID_CHARACTERS)}\``;
  const url = safeUrl(source.url);
  const link = url && url.length <= LINK_CHARACTERS ? ` · [link](${url})` : '';
  return {
    name: headlineTitle(source.title, MAX_EMBED_FIELD_NAME_LENGTH),
    value: cutText(`${details.join(' · ')}\n${id}${link}`, MAX_EMBED_FIELD_VALUE_LENGTH),
  };
}

/** Fields split into pages that each fit one embed (at most 25 fields and the message's character budget). */
function paginate(fields: APIEmbedField[]): APIEmbedField[][] {
  const pages: APIEmbedField[][] = [];
  let page: APIEmbedField[] = [];
  let characters = 0;
  for (const field of fields) {
    const size = embedLength({ fields: [field] });
    if (page.length > 0 && (page.length === MAX_EMBED_FIELDS || characters + size > SOURCES_PAGE_CHARACTERS)) {
      pages.push(page);
      page = [];
      characters = 0;
    }
    page.push(field);
    characters += size;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** Every article with headline, outlet, author, date and paragraph count; pages with Previous/Next when needed. */
export function formatSourcesReply(sources: readonly SourceSummary[], requestedPage = 0): ReplyPayload {
  if (sources.length === 0) {
    return notice(
      'No articles are loaded yet: the corpus directory is empty or every file in it has a problem (see the bot’s ' +
        'log).',
    );
  }
  const pages = paginate(sources.map(sourceField));
  const page = Math.min(Math.max(0, requestedPage), pages.length - 1);
  const footer =
    pages.length > 1
      ? `Page ${page + 1} of ${pages.length} · ${plural(sources.length, 'article')}`
      : plural(sources.length, 'article');
  const embed: APIEmbed = {
    title: 'Sources the bot answers from',
    fields: pages[page] ?? [],
    footer: { text: footer },
  };
  const payload: ReplyPayload = { embeds: [embed], allowedMentions: noMentions() };
  if (pages.length > 1) {
    payload.components = [
      row([
        button(encodeSourcesPage(Math.max(0, page - 1)), 'Previous', { disabled: page === 0 }),
        button(encodeSourcesPage(Math.min(pages.length - 1, page + 1)), 'Next', {
          disabled: page === pages.length - 1,
        }),
      ]),
    ];
  }
  return payload;
}

/** Autocomplete for `source`: articles whose headline or id contains what was typed, ≤ 25, names ≤ 100. */
export function formatSourceChoices(sources: readonly { id: string; title: string }[], typed: string): SourceChoice[] {
  const needle = typed.trim().toLowerCase();
  return sources
    .filter((source) => source.id.length <= MAX_CHOICE_VALUE_LENGTH)
    .filter(
      (source) => !needle || source.title.toLowerCase().includes(needle) || source.id.toLowerCase().includes(needle),
    )
    .slice(0, MAX_AUTOCOMPLETE_CHOICES)
    .map((source) => ({ name: cutText(source.title.trim() || source.id, MAX_CHOICE_NAME_LENGTH), value: source.id }));
}
