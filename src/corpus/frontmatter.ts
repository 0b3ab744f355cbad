// An article file's frontmatter: splits the `---` block from the body, parses it with `yaml`, and validates it
// with a zod schema. Every problem of the block comes back at once, each naming its field and the fix.
import { isScalar, parseDocument, visit, type Document } from 'yaml';
import { z } from 'zod';
import { editDistanceWithin } from '../text/edit-distance.js';
import { WEB_URL_PROTOCOL } from './web-url.js';

/** The fields an article's frontmatter may hold, in the order the messages list them. */
export const FRONTMATTER_FIELDS = [
  'title',
  'outlet',
  'author',
  'published',
  'url',
  'language',
  'title_source',
] as const;

export interface FieldProblem {
  field: string;
  message: string;
}

/** A YAML value described for a message: `a number (42)`, `a list`, `"yesterday"`. */
function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number') return `a number (${value})`;
  if (typeof value === 'boolean') return `${value} (a yes/no value)`;
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date-time value';
  return 'a nested set of fields';
}

/** Optional text: a blank value (`author:` with nothing after it) means the field is not known. */
function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function optionalText(field: string, example: string) {
  return z.preprocess(
    (value) => (isBlank(value) ? undefined : value),
    z
      .string({ error: (issue) => `must be text, not ${describeValue(issue.input)} — write ${field}: "${example}"` })
      .transform(collapseSpaces)
      .optional(),
  );
}

/** Titles and names are one line: runs of spaces (and YAML's folded newlines) become one space. */
function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** True for a real calendar date written YYYY-MM-DD (2025-02-30 is not one). */
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const frontmatterSchema = z.object({
  title: z
    .string({
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? 'required — add "title: ..." to the frontmatter'
          : `must be text, not ${describeValue(issue.input)} — put the headline in quotes: title: ` +
            `"${typeof issue.input === 'object' ? '…' : String(issue.input as string | number | boolean)}"`,
    })
    .transform(collapseSpaces)
    .refine((title) => title !== '', 'empty — write the headline after "title:"'),
  outlet: optionalText('outlet', 'Reuters'),
  author: optionalText('author', 'Jane Doe'),
  published: z.preprocess(
    (value) => (isBlank(value) ? undefined : value),
    z
      .string({
        error: (issue) => `must be an ISO date YYYY-MM-DD, such as 2025-11-05, not ` + `${describeValue(issue.input)}`,
      })
      .trim()
      .refine(isCalendarDate, {
        error: (issue) => `must be an ISO date YYYY-MM-DD, such as 2025-11-05, not ` + `${describeValue(issue.input)}`,
      })
      .optional(),
  ),
  url: z.preprocess(
    (value) => (isBlank(value) ? undefined : typeof value === 'string' ? value.trim() : value),
    z
      .url({
        protocol: WEB_URL_PROTOCOL,
        error: (issue) => `must be an http(s) URL such as https://example.com/story, not ${describeValue(issue.input)}`,
      })
      .optional(),
  ),
  language: z.preprocess(
    (value) => (isBlank(value) ? undefined : value),
    z
      .string({ error: (issue) => `must be a language code such as en or es-MX, not ${describeValue(issue.input)}` })
      .trim()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
        error: (issue) => `must be a language code such as en or ` + `es-MX, not ${describeValue(issue.input)}`,
      })
      .default('en'),
  ),
  title_source: z.preprocess(
    (value) => (isBlank(value) ? undefined : value),
    z
      .enum(['headline', 'derived'], {
        error: (issue) =>
          `must be "derived" (the title was written from the text) or left out, not ` + `${describeValue(issue.input)}`,
      })
      .default('headline'),
  ),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;

/** `body` is null when the file's layout hides where the body starts (an unclosed `---` block). */
export type FrontmatterResult =
  { ok: true; frontmatter: Frontmatter; body: string } | { ok: false; problems: FieldProblem[]; body: string | null };

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(---|\.\.\.)[ \t]*$/;

/**
 * Splits and validates the frontmatter of one article. `text` has `\n` line endings. The body comes back even when
 * the frontmatter has problems, so the caller can report a body problem in the same pass.
 */
export function parseFrontmatter(text: string): FrontmatterResult {
  const firstLineEnd = text.indexOf('\n');
  const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
  if (!FENCE.test(firstLine)) {
    return {
      ok: false,
      problems: [
        {
          field: 'frontmatter',
          message: 'missing — start the file with a line "---", then "title: ...", ' + 'then a closing "---" line',
        },
      ],
      body: text,
    };
  }
  // Line by line up to the closing fence only: the body may be long, and is not split here.
  let lineStart = firstLineEnd + 1;
  let closing: { start: number; end: number } | null = null;
  while (firstLineEnd !== -1 && lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (CLOSING_FENCE.test(text.slice(lineStart, lineEnd))) {
      closing = { start: lineStart, end: lineEnd };
      break;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (closing === null) {
    return {
      ok: false,
      problems: [
        {
          field: 'frontmatter',
          message: 'the "---" block is never closed — add a line "---" after the ' + 'last field',
        },
      ],
      body: null,
    };
  }
  const yamlText = text.slice(firstLineEnd + 1, Math.max(firstLineEnd + 1, closing.start - 1));
  const body = text.slice(Math.min(text.length, closing.end + 1));

  const validated = validateYaml(yamlText);
  if ('frontmatter' in validated) return { ok: true, frontmatter: validated.frontmatter, body };
  return { ok: false, problems: validated.problems, body };
}

function validateYaml(yamlText: string): { frontmatter: Frontmatter } | { problems: FieldProblem[] } {
  const document = parseDocument(yamlText, { uniqueKeys: true });
  if (document.errors.length > 0) {
    const seenLines = new Set<number>();
    const problems: FieldProblem[] = [];
    for (const error of document.errors) {
      // +1: the YAML starts on the line after the opening "---".
      const line = lineAt(yamlText, startOfValueAt(document, error.pos[0])) + 1;
      if (seenLines.has(line)) continue;
      seenLines.add(line);
      const reason = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
      problems.push({
        field: 'frontmatter',
        message:
          `line ${line}: not valid YAML (${reason}) — write one "field: value" a line, and put values ` +
          `containing ": " or " #" in quotes`,
      });
    }
    return { problems };
  }

  let value: unknown;
  try {
    value = document.toJS() ?? {};
  } catch (error) {
    return { problems: [{ field: 'frontmatter', message: describeConversionError(error) }] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      problems: [
        {
          field: 'frontmatter',
          message: `must be "field: value" lines, not ` + `${describeValue(value)} — start with "title: ..."`,
        },
      ],
    };
  }
  const fields = value as Record<string, unknown>;

  const problems: FieldProblem[] = [];
  const known: readonly string[] = FRONTMATTER_FIELDS;
  for (const key of Object.keys(fields)) {
    // Reported rather than dropped: a misspelt field (`publised`) would otherwise vanish without a word.
    if (known.includes(key)) continue;
    const suggestion = closestField(key);
    problems.push({
      field: key,
      message:
        `unknown field — ${suggestion === null ? '' : `did you mean "${suggestion}"? `}the fields are ` +
        `${FRONTMATTER_FIELDS.join(', ')}`,
    });
  }
  const parsed = frontmatterSchema.safeParse(fields);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ field: issue.path.map(String).join('.') || 'frontmatter', message: issue.message });
    }
  }
  problems.sort((left, right) => fieldOrder(left.field) - fieldOrder(right.field));
  if (problems.length > 0 || !parsed.success) return { problems };
  return { frontmatter: parsed.data };
}

/**
 * Why a well-formed YAML block could not become values: `yaml` refuses a block that expands aliases (`*x`) more
 * than 100 times (a few hundred bytes could otherwise fill the memory), and may refuse other pathological input.
 */
function describeConversionError(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  if (/alias/i.test(reason)) {
    return (
      'repeats YAML aliases (*name) too many times for a frontmatter — write each value out, without & ' +
      'anchors or * aliases'
    );
  }
  return `cannot be read as values (${reason}) — write one "field: value" a line`;
}

/**
 * Where the value around `offset` starts: an unclosed quote is reported where the parser gave up, often lines
 * below; the line to fix is the one where the quoted text begins.
 */
function startOfValueAt(document: Document, offset: number): number {
  let start = offset;
  visit(document, {
    Scalar(_key, node) {
      if (isScalar(node) && node.range && node.range[0] <= offset && offset <= node.range[1])
        start = Math.min(start, node.range[0]);
    },
  });
  return start;
}

/** The 1-based line of `offset` in `text`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

/** Known fields first, in schema order; unknown ones after, as written. */
function fieldOrder(field: string): number {
  const index = (FRONTMATTER_FIELDS as readonly string[]).indexOf(field);
  return index === -1 ? FRONTMATTER_FIELDS.length : index;
}

/** The known field within two edits of `key` (case ignored), if there is one. */
function closestField(key: string): string | null {
  let best: { field: string; distance: number } | null = null;
  for (const field of FRONTMATTER_FIELDS) {
    const distance = editDistanceWithin(key.toLowerCase(), field, 2);
    if (distance <= 2 && (best === null || distance < best.distance)) best = { field, distance };
  }
  return best?.field ?? null;
}
