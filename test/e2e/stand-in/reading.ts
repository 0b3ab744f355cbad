// Reading a bot message the way a person does: its text, its citations, its buttons.
import type { Json } from './payloads.js';

const embedsOf = (message: Json): Json[] => (Array.isArray(message.embeds) ? (message.embeds as Json[]) : []);
const objectOrEmpty = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});

/** The text of one embed: title, author, description, fields and footer, one per line. */
export function embedText(embed: Json): string {
  const fields = Array.isArray(embed.fields) ? (embed.fields as Json[]) : [];
  return [
    objectOrEmpty(embed.author).name,
    embed.title,
    embed.description,
    ...fields.flatMap((field) => [field.name, field.value]),
    objectOrEmpty(embed.footer).text,
  ]
    .filter((part): part is string => typeof part === 'string')
    .join('\n');
}

/** Everything a user can read in a message: its content and every embed. */
export function messageText(message: Json): string {
  return [typeof message.content === 'string' ? message.content : '', ...embedsOf(message).map(embedText)].join('\n');
}

/**
 * One cited passage as the reply shows it: the headline and the ¶ number of its citation line (`— Headline · … · ¶ n`).
 */
export interface Citation {
  title: string;
  paragraph: number;
}

/** The citation line of each embed (the first line starting with "— " that holds a ¶), read back to headline and ¶. */
export function citationsOf(message: Json): Citation[] {
  return embedsOf(message).flatMap((embed) => {
    const description = typeof embed.description === 'string' ? embed.description : '';
    const line = description.split('\n').find((candidate) => candidate.startsWith('— ') && /¶\s*\d+/.test(candidate));
    if (!line) return [];
    const headline = (line.slice(2).split(' · ')[0] ?? '').replace(/^\[(.*)\]\(\S+\)$/, '$1');
    return [{ title: plainText(headline), paragraph: Number(/¶\s*(\d+)/.exec(line)?.[1]) }];
  });
}

/** Text with Markdown marks and escapes removed and white space made single, for comparing with corpus text. */
export function plainText(text: string): string {
  return text
    .replace(/\\([^\w\s])/g, '$1')
    .replace(/\*\*|__|~~/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export { embedsOf };
