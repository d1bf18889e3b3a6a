/** Runs a router and the keyword baseline over a corpus and gathers every figure of the report. */
import { baselineRoute } from './baseline.js';
import { calibrationOf } from './calibration.js';
import type { Calibration } from './calibration.js';
import { confusionOf, scoresOf } from './metrics.js';
import type { Confusion, Scores } from './metrics.js';
import { checkTargets } from './targets.js';
import type { SourceScore, TargetResult } from './targets.js';
import { PREDICTIONS } from './types.js';
import type { Corpus, CorpusItem, Label, Prediction, Result, Routed, Router } from './types.js';

export interface Outcome {
  readonly item: CorpusItem;
  readonly routed: Routed;
  readonly correct: boolean;
}

export interface RouterReport {
  readonly name: string;
  readonly scores: Scores;
  readonly confusion: Confusion;
  readonly sources: readonly SourceScore[];
  /** Null for a router that gives no confidence. */
  readonly calibration: Calibration | null;
  /** Wall-clock time of the run, when a clock was given. */
  readonly ms: number | null;
}

export interface Miss {
  readonly id: string;
  readonly source: string;
  readonly line: number;
  readonly label: Label;
  readonly predicted: Prediction;
  readonly confidence: number | null;
  readonly text: string;
  /** The rules that fired, strongest first, with the words that fired them. */
  readonly reasons: readonly { readonly rule: string; readonly words: readonly string[] }[];
  readonly questions: readonly string[];
  /** What the keyword baseline said for the same item. */
  readonly baseline: Prediction;
}

export interface FileReport {
  readonly file: string;
  readonly items: number;
  readonly labels: Readonly<Record<Label, number>>;
  readonly router: RouterReport;
  readonly baseline: RouterReport;
  /** Router minus baseline. */
  readonly gain: { readonly accuracy: number; readonly balancedAccuracy: number; readonly macroF1: number };
  readonly targets: readonly TargetResult[];
  readonly passed: boolean;
  /** Every item the router got wrong, in corpus order. */
  readonly misses: readonly Miss[];
}

export interface EvaluateOptions {
  readonly name?: string;
  /** A millisecond clock for timing the runs (e.g. `performance.now`); no timing without it. */
  readonly now?: () => number;
}

const baselineRouter: Router = (text) => ({ ok: true, value: baselineRoute(text) });

/** Routes every item; the first refusal stops the run with the file and line. */
export function runRouter(
  corpus: Corpus,
  router: Router,
  now?: () => number,
): Result<{ readonly outcomes: readonly Outcome[]; readonly ms: number | null }, string> {
  const started = now?.();
  const outcomes: Outcome[] = [];
  for (const item of corpus.items) {
    const routed = router(item.text);
    if (!routed.ok) return { ok: false, error: `${corpus.file}:${item.line}: the router refused the item: ${routed.error}` };
    if (!PREDICTIONS.includes(routed.value.surface)) {
      return { ok: false, error: `${corpus.file}:${item.line}: the router answered an unknown surface "${String(routed.value.surface)}"` };
    }
    outcomes.push({ item, routed: routed.value, correct: routed.value.surface === item.label });
  }
  const ms = started === undefined || now === undefined ? null : now() - started;
  return { ok: true, value: { outcomes, ms } };
}

function sourcesOf(outcomes: readonly Outcome[]): readonly SourceScore[] {
  const bySource = new Map<string, { items: number; correct: number }>();
  for (const { item, correct } of outcomes) {
    const count = bySource.get(item.source) ?? { items: 0, correct: 0 };
    count.items += 1;
    if (correct) count.correct += 1;
    bySource.set(item.source, count);
  }
  return [...bySource].map(([source, count]) => ({ source, ...count, accuracy: count.correct / count.items }));
}

/** Scores one router's outcomes. */
export function reportRouter(name: string, outcomes: readonly Outcome[], ms: number | null): RouterReport {
  const confusion = confusionOf(outcomes.map(({ item, routed }) => ({ label: item.label, predicted: routed.surface })));
  const confident = outcomes.some(({ routed }) => routed.confidence !== undefined);
  const calibration = confident
    ? calibrationOf(
        outcomes.map(({ routed, correct }) => ({
          correct,
          questions: routed.questions,
          ...(routed.confidence === undefined ? {} : { confidence: routed.confidence }),
        })),
      )
    : null;
  return { name, scores: scoresOf(confusion), confusion, sources: sourcesOf(outcomes), calibration, ms };
}

/** The evidence texts of a reason, each once (case-insensitively), in order of appearance. */
function uniqueWords(evidence: readonly { readonly text: string }[]): string[] {
  const seen = new Set<string>();
  return evidence.flatMap(({ text }) => {
    const key = text.toLowerCase();
    if (seen.has(key)) return [];
    seen.add(key);
    return [text];
  });
}

function missOf(outcome: Outcome, baseline: Prediction): Miss {
  const { item, routed } = outcome;
  return {
    id: item.id,
    source: item.source,
    line: item.line,
    label: item.label,
    predicted: routed.surface,
    confidence: routed.confidence ?? null,
    text: item.text,
    reasons: routed.reasons.map((reason) => ({ rule: reason.rule, words: uniqueWords(reason.evidence) })),
    questions: routed.questions.map((question) => question.id),
    baseline,
  };
}

/**
 * Evaluates a router against the keyword baseline on one corpus.
 * @example evaluateCorpus(corpus, (text) => ({ ok: true, value: decide({ text }) }))
 */
export function evaluateCorpus(corpus: Corpus, router: Router, options: EvaluateOptions = {}): Result<FileReport, string> {
  const run = runRouter(corpus, router, options.now);
  if (!run.ok) return run;
  const base = runRouter(corpus, baselineRouter, options.now);
  if (!base.ok) return base;
  const routerReport = reportRouter(options.name ?? 'engine', run.value.outcomes, run.value.ms);
  const baselineReport = reportRouter('baseline', base.value.outcomes, base.value.ms);
  const targets = checkTargets(routerReport.scores, routerReport.sources, routerReport.calibration);
  const misses = run.value.outcomes.flatMap((outcome, index) =>
    outcome.correct ? [] : [missOf(outcome, base.value.outcomes[index]?.routed.surface ?? 'cowork')],
  );
  const gain = (key: 'accuracy' | 'balancedAccuracy' | 'macroF1') =>
    routerReport.scores[key] - baselineReport.scores[key];
  return {
    ok: true,
    value: {
      file: corpus.file,
      items: corpus.items.length,
      labels: {
        code: routerReport.scores.labels.code.support,
        cowork: routerReport.scores.labels.cowork.support,
      },
      router: routerReport,
      baseline: baselineReport,
      gain: { accuracy: gain('accuracy'), balancedAccuracy: gain('balancedAccuracy'), macroF1: gain('macroF1') },
      targets,
      passed: targets.every((target) => target.passed),
      misses,
    },
  };
}
