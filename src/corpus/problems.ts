// How a corpus problem reads as one line: `corpus/foo.md: title: required — add "title: ..." to the frontmatter`.
import type { CorpusProblem } from './types.js';

/** One line naming the file, the field (when there is one) and what to do. */
export function formatProblem(problem: CorpusProblem): string {
  return problem.field === undefined
    ? `${problem.file}: ${problem.message}`
    : `${problem.file}: ${problem.field}: ` + `${problem.message}`;
}
