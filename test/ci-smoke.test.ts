import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

describe('package contract', () => {
  it('declares every npm script other tools depend on', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    for (const script of [
      'build',
      'start',
      'start:sharded',
      'dev',
      'register',
      'ask',
      'sources',
      'index',
      'test',
      'typecheck',
      'eval',
      'bench',
      'compare',
      'quotes',
      'gaps',
    ]) {
      expect(pkg.scripts[script], script).toBeTruthy();
    }
  });
});
