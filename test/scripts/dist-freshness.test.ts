// The launcher builds dist/ before running it whenever dist/ could be older than the sources: this is its rule.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { whyStale } from '../../scripts/dist-freshness.mjs';

const projects: string[] = [];
afterEach(() => {
  for (const project of projects.splice(0)) rmSync(project, { recursive: true, force: true });
});

/** A project whose files have the given ages in seconds (older = larger). */
function project(files: Record<string, number>): string {
  const dir = mkdtempSync(join(tmpdir(), 'coverage-bot-freshness-'));
  projects.push(dir);
  const now = Date.now() / 1000;
  for (const [file, ageSeconds] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), '');
    utimesSync(join(dir, file), now - ageSeconds, now - ageSeconds);
  }
  return dir;
}

describe('whether dist/ must be built before running', () => {
  it('builds when there is no dist/ at all, as in a fresh clone', () => {
    expect(whyStale(project({ 'src/cli/ask.ts': 10 }))).toBe('dist/ is missing');
  });

  it('runs dist/ as it is when every compiled file is newer than its source', () => {
    expect(
      whyStale(
        project({ 'src/cli/ask.ts': 10, 'src/search/types.d.ts': 10, 'dist/cli/ask.js': 5, 'package.json': 20 }),
      ),
    ).toBeNull();
  });

  it('builds when a source was edited after the build, naming it', () => {
    expect(whyStale(project({ 'src/cli/ask.ts': 1, 'dist/cli/ask.js': 5 }))).toBe(
      'src/cli/ask.ts changed since the last build',
    );
  });

  it('builds when a source has no compiled file yet (a new module)', () => {
    expect(whyStale(project({ 'src/cli/ask.ts': 10, 'src/cli/new.ts': 10, 'dist/cli/ask.js': 5 }))).toBe(
      'src/cli/new.ts changed since the last build',
    );
  });

  it('builds when the build settings changed after the build', () => {
    expect(whyStale(project({ 'src/cli/ask.ts': 10, 'dist/cli/ask.js': 5, 'tsconfig.json': 1 }))).toBe(
      'tsconfig.json changed since the last build',
    );
  });
});
