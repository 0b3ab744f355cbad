// The one place buttons are routed: the custom_id is decoded, and each kind of state goes to its handler.
import type { ButtonInteraction } from 'discord.js';
import type { BotContext, Outcome } from '../bot-context.js';
import { unknownComponentReply } from '../replies/index.js';
import { respond } from '../respond.js';
import { decodeCustomId } from './custom-id.js';
import { showFullPassage } from './full-passage.js';
import { showMoreResults } from './more-results.js';
import { showSourcesPage } from './sources-page.js';
import { publishCheck } from './publish.js';
import { showQuotesPage } from './quotes-page.js';
import { recordVote } from './vote.js';

export async function handleButton(interaction: ButtonInteraction, context: BotContext): Promise<Outcome> {
  const state = decodeCustomId(interaction.customId);
  switch (state?.kind) {
    case 'more':
      return showMoreResults(interaction, state, context);
    case 'passage':
      return showFullPassage(interaction, state, context);
    case 'sources':
      return showSourcesPage(interaction, state, context);
    case 'vote':
      return recordVote(interaction, state, context);
    case 'quotes':
      return showQuotesPage(interaction, state, context);
    case 'publish':
      return publishCheck(interaction, context);
    case undefined:
      await respond(interaction, unknownComponentReply());
      return 'unknown-component';
  }
}
