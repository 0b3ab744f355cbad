// The retrieval-quality metrics of /work/shared/eval/README.md, as pure functions: reading the question set,
// deciding whether a passage answers a question, and scoring ranked results. Used by `npm run eval` and by
// test/search/quality.real-corpus.test.ts, so the numbers the suite asserts are the numbers the table prints.
import { z } from 'zod';

export const questionKinds = [
  'quote',
  'speech',
  'fact',
  'paraphrase',
  'keyword',
  'typo',
  'casual',
  'multi',
  'oos',
] as const;
export type QuestionKind = (typeof questionKinds)[number];

const evalQuestionSchema = z.object({
  q: z.string(),
  kind: z.enum(questionKinds),
  any: z.array(z.string()),
});

export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

export interface QuestionSet {
  questions: EvalQuestion[];
  /** One line per unusable line: `${file}:${line}: what was wrong`. */
  problems: string[];
}

/** Reads questions.jsonl: one JSON object a line, blank lines ignored, bad lines reported (not thrown). */
export function parseQuestionSet(jsonl: string, file: string): QuestionSet {
  const questions: EvalQuestion[] = [];
  const problems: string[] = [];
  jsonl.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${file}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push(
        `${where}: not valid JSON — write one object a line, like {"q": "...", "kind": "fact", "any": ["..."]}`,
      );
      return;
    }
    const parsed = evalQuestionSchema.safeParse(value);
    if (!parsed.success) {
      const fields = parsed.error.issues
        .map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`)
        .join('; ');
      problems.push(`${where}: ${fields}`);
      return;
    }
    if (parsed.data.kind !== 'oos' && parsed.data.any.length === 0) {
      problems.push(
        `${where}: "any" is empty — an in-scope question needs at least one answering phrase (or kind "oos")`,
      );
      return;
    }
    questions.push(parsed.data);
  });
  return { questions, problems };
}

/**
 * The README's comparison form: NFC, straight quotes, no emphasis markers, one space per whitespace run, lower case.
 */
export function normalizeForMatch(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
      .replace(/\*+/g, '')
      // Underscores mark emphasis only at word edges (`_word_`); inside a word they are part of it.
      .replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1')
      .replace(/\s+/g, ' ')
      .toLowerCase()
      .trim()
  );
}

/** A passage answers a question when its text contains at least one of the question's phrases. */
export function answers(passageText: string, phrases: readonly string[]): boolean {
  const text = normalizeForMatch(passageText);
  return phrases.some((phrase) => {
    const wanted = normalizeForMatch(phrase);
    return wanted !== '' && text.includes(wanted);
  });
}

/** One engine's ranked result texts for one question, best first; an empty list means the engine declined. */
export interface QuestionRun {
  question: EvalQuestion;
  resultTexts: readonly string[];
}

/** 1-based rank of the first answering result among the first `depth`, or null when none answers. */
export function firstAnsweringRank(run: QuestionRun, depth = 5): number | null {
  const index = run.resultTexts.slice(0, depth).findIndex((text) => answers(text, run.question.any));
  return index === -1 ? null : index + 1;
}

export interface Share {
  count: number;
  of: number;
}

export interface EvalScores {
  recallAt1: number;
  recallAt3: number;
  mrrAt5: number;
  /** Out-of-scope questions for which the engine returned nothing. */
  oosDeclined: Share;
  /** In-scope questions for which the engine returned at least one result. */
  answered: Share;
}

const share = (count: number, of: number): number => (of === 0 ? 0 : count / of);

export function isInScope(question: EvalQuestion): boolean {
  return question.kind !== 'oos';
}

export function scoreRuns(runs: readonly QuestionRun[]): EvalScores {
  const inScope = runs.filter((run) => isInScope(run.question));
  const outOfScope = runs.filter((run) => !isInScope(run.question));
  const ranks = inScope.map((run) => firstAnsweringRank(run, 5));
  const within = (k: number) => ranks.filter((rank) => rank !== null && rank <= k).length;
  const reciprocalRanks = ranks.reduce<number>((sum, rank) => sum + (rank === null ? 0 : 1 / rank), 0);
  return {
    recallAt1: share(within(1), inScope.length),
    recallAt3: share(within(3), inScope.length),
    mrrAt5: share(reciprocalRanks, inScope.length),
    oosDeclined: { count: outOfScope.filter((run) => run.resultTexts.length === 0).length, of: outOfScope.length },
    answered: { count: inScope.filter((run) => run.resultTexts.length > 0).length, of: inScope.length },
  };
}

export function shareOf({ count, of }: Share): number {
  return share(count, of);
}

/** Asks every question of one engine; `searchTexts` returns the result texts, best first. */
export function runQuestions(
  questions: readonly EvalQuestion[],
  searchTexts: (question: string) => readonly string[],
): QuestionRun[] {
  return questions.map((question) => ({ question, resultTexts: searchTexts(question.q) }));
}

export interface KindScores {
  kind: QuestionKind;
  questions: number;
  scores: EvalScores;
}

/** Each kind's runs scored on their own, in the order of `questionKinds`; a kind with no question is left out. */
export function scoreByKind(runs: readonly QuestionRun[]): KindScores[] {
  return questionKinds.flatMap((kind) => {
    const ofKind = runs.filter((run) => run.question.kind === kind);
    return ofKind.length === 0 ? [] : [{ kind, questions: ofKind.length, scores: scoreRuns(ofKind) }];
  });
}
