// What every reply is made of: the payload a handler sends, buttons in rows, and the short private notice. Every
// payload sets `allowedMentions: { parse: [] }`, so nothing the bot sends can ever ping.
import { ButtonStyle, ComponentType, MessageFlags } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { MAX_BUTTONS_PER_ROW, MAX_MESSAGE_LENGTH } from '../reply-limits.js';
import { cutText } from './text.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/** What a handler passes to reply, followUp, editReply or update. */
export interface ReplyPayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: ButtonRow[];
  allowedMentions: { parse: never[] };
  flags?: MessageFlags.Ephemeral;
}

/** An autocomplete suggestion. */
export interface SourceChoice {
  name: string;
  value: string;
}

export const noMentions = (): { parse: never[] } => ({ parse: [] });

/** `{ flags: Ephemeral }` when only the asker should see the reply, else nothing. */
export function visibility(isPrivate: boolean): { flags?: MessageFlags.Ephemeral } {
  return isPrivate ? { flags: MessageFlags.Ephemeral } : {};
}

export function button(
  customId: string,
  label: string,
  options: { style?: ButtonStyle.Primary | ButtonStyle.Secondary; disabled?: boolean; emoji?: string } = {},
): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: options.style ?? ButtonStyle.Secondary,
    custom_id: customId,
    label,
    disabled: options.disabled ?? false,
    ...(options.emoji ? { emoji: { name: options.emoji } } : {}),
  };
}

export function row(buttons: APIButtonComponent[]): ButtonRow {
  return { type: ComponentType.ActionRow, components: buttons.slice(0, MAX_BUTTONS_PER_ROW) };
}

/** A short ephemeral text reply. */
export function notice(text: string): ReplyPayload {
  return { content: cutText(text, MAX_MESSAGE_LENGTH), allowedMentions: noMentions(), flags: MessageFlags.Ephemeral };
}
