// The "Full passage" reply: the whole paragraph with its neighbours, privately; the neighbours are cut first when
// space runs short.
import { MessageFlags, type APIEmbed } from 'discord.js';
import { paragraphLabel } from '../../corpus/citation.js';
import type { Passage } from '../../corpus/types.js';
import { MAX_EMBED_DESCRIPTION_LENGTH } from '../reply-limits.js';
import { noMentions, notice, type ReplyPayload } from './payload.js';
import { cutText, fitEscaped, headlineTitle, neutralizeMentions, safeUrl } from './text.js';

/** Room the passage's own label (`**¶ 12.1** _opinion_`) and line break take in the description. */
const LABEL_ROOM = 40;
/** A neighbour given less room than this is left out rather than cut to a stub. */
const MIN_NEIGHBOUR_CHARACTERS = 40;
const NEIGHBOUR_SEPARATOR = '\n\n';
/** The footer's outlet and section. */
const FOOTER_CHARACTERS = 500;

export interface FullPassageInput {
  article: { title: string; url?: string; outlet?: string };
  passage: Passage;
  before?: Passage;
  after?: Passage;
}

/** The whole paragraph with its neighbours, ephemeral; the neighbours are cut first when space runs short. */
export function formatFullPassageReply(input: FullPassageInput): ReplyPayload {
  const { passage, before, after, article } = input;
  const label = (p: Passage) => `**${paragraphLabel(p)}**${p.opinion ? ' _opinion_' : ''}`;
  const main = `${label(passage)}\n${fitEscaped(passage.text, MAX_EMBED_DESCRIPTION_LENGTH - LABEL_ROOM)}`;
  const room = MAX_EMBED_DESCRIPTION_LENGTH - main.length;
  const neighbour = (p: Passage | undefined) => {
    if (!p) return '';
    // Half the room each, less the separator, the label and its line break.
    const share = Math.floor(room / 2) - NEIGHBOUR_SEPARATOR.length - label(p).length - 2;
    if (share < MIN_NEIGHBOUR_CHARACTERS) return '';
    return `${label(p)}\n${fitEscaped(p.text, share)}`;
  };
  const description = [neighbour(before), main, neighbour(after)].filter(Boolean).join(NEIGHBOUR_SEPARATOR);
  const footerParts = [article.outlet, passage.section ? `section: ${passage.section}` : undefined]
    .filter(Boolean)
    .join(' · ');
  const embed: APIEmbed = { title: headlineTitle(article.title), description };
  const url = safeUrl(article.url);
  if (url) embed.url = url;
  if (footerParts) embed.footer = { text: cutText(neutralizeMentions(footerParts), FOOTER_CHARACTERS) };
  return { embeds: [embed], allowedMentions: noMentions(), flags: MessageFlags.Ephemeral };
}

export function passageGoneReply(): ReplyPayload {
  return notice(
    'That passage is no longer in the coverage (the articles changed since this reply). Ask again with /ask.',
  );
}
