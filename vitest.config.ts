import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end tests run the compiled bot (dist/), as `npm start` does.
    globalSetup: ['test/build-dist.ts'],
    // The JSON report is what .ci/run turns into its closing `tests: N passed, N failed` line.
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/vitest-report.json' },
    // Four test files at a time on two cores: the end-to-end files spend most of their time waiting on the bot
    // processes they start, so two workers left the cores idle (about 130 s for the suite; 4 workers, about 90 s).
    maxWorkers: 4,
    // The e2e suite spawns the real bot and CLI processes; give them room on a shared 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
