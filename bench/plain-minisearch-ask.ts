// The baseline for the ask batch: what a plain MiniSearch script would do with the same files. It reads every
// *.md in a directory, drops the frontmatter, splits the body at blank lines, indexes the paragraphs with
// MiniSearch's default options, then answers one question a line from standard input with the top 3 paragraphs.
//
//   node --import tsx bench/plain-minisearch-ask.ts DIR < questions.txt
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import MiniSearch from 'minisearch';

interface PlainParagraph {
  id: string;
  text: string;
}

async function main(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  const paragraphs: PlainParagraph[] = [];
  for (const name of names) {
    const body = (await readFile(join(dir, name), 'utf8')).replace(/^---\n[\s\S]*?\n---\n/u, '');
    body
      .split(/\n\s*\n/u)
      .map((block) => block.trim())
      .filter((block) => block !== '' && !block.startsWith('#'))
      .forEach((text, index) => paragraphs.push({ id: `${name}:${index + 1}`, text }));
  }
  const index = new MiniSearch<PlainParagraph>({ fields: ['text'], storeFields: ['text'] });
  index.addAll(paragraphs);
  for await (const question of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (question.trim() === '') continue;
    const top = index.search(question).slice(0, 3);
    const lines = top.map((result, rank) => `${rank + 1}. ${String(result.id)}: ${String(result['text'])}`);
    process.stdout.write(`${question}\n${lines.join('\n')}\n\n`);
  }
}

const dir = process.argv[2];
if (dir === undefined) {
  process.stderr.write('Usage: node --import tsx bench/plain-minisearch-ask.ts DIR < questions.txt\n');
  process.exitCode = 2;
} else {
  main(dir).catch((error: unknown) => {
    process.stderr.write(`plain-minisearch-ask: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
