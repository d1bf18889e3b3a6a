/** The leave-one-source-out report as markdown (also what the terminal shows). */
import type { CompoundResult, LosoMiss, LosoReport } from './loso.js';

const f = (value: number | null): string => (value === null ? '—' : value.toFixed(3));
const share = (part: number, whole: number): string => (whole === 0 ? '—' : (part / whole).toFixed(3));

/** Targets of issue 8, checked against the report. */
export function losoTargets(report: LosoReport): { readonly name: string; readonly value: string; readonly passed: boolean }[] {
  const lowest = Math.min(...report.sources.map((source) => source.engine.macroF1));
  const bothShare = report.singlesDecidedBoth.both / Math.max(1, report.singlesDecidedBoth.items);
  const { compound } = report;
  const compoundShare = compound === null ? null : compound.covered / Math.max(1, compound.cases);
  return [
    { name: 'engine macro-F1, mean over sources ≥ 0.90', value: f(report.mean.engine.macroF1), passed: report.mean.engine.macroF1 >= 0.9 },
    { name: 'engine macro-F1, every source ≥ 0.80', value: `${f(lowest)} (lowest)`, passed: lowest >= 0.8 },
    // A run restricted to some sources has no compound set to judge.
    ...(compoundShare === null ? [] : [{ name: 'compound: decided both, both parts right ≥ 0.90', value: f(compoundShare), passed: compoundShare >= 0.9 }]),
    { name: 'single-label items decided both < 2%', value: f(bothShare), passed: bothShare < 0.02 },
    { name: 'expected calibration error ≤ 0.05', value: f(report.reliability.ece), passed: report.reliability.ece <= 0.05 },
  ];
}

export interface LosoRenderOptions {
  /** Held-out misses to list per source (0: none). */
  readonly misses?: number;
}

/** One miss on one line: what was wanted, what was said, how sure, the learned logit, the rules' words. */
function missLine(miss: LosoMiss): string {
  const why = miss.reasons.map((reason) => `${reason.rule}${reason.words.length > 0 ? ` (${reason.words.map((word) => JSON.stringify(word)).join(', ')})` : ''}`).join('; ');
  const text = miss.text.replace(/\s+/g, ' ');
  return `- ${miss.label} → ${miss.predicted} at ${miss.confidence.toFixed(2)}, learned ${miss.learned.toFixed(2)}: ${JSON.stringify(text)}${why === '' ? '' : ` — ${why}`}`;
}

/** Up to `limit` held-out misses of each source that has any, most confident first. */
function missSection(report: LosoReport, limit: number): string[] {
  if (limit <= 0) return [];
  const lines = ['### Held-out misses (most confident first)', ''];
  for (const source of report.sources) {
    if (source.misses.length === 0) continue;
    const shown = source.misses.slice(0, limit);
    lines.push(`${source.source}: ${shown.length} shown of ${source.misses.length}`, '', ...shown.map(missLine), '');
  }
  return lines.length === 2 ? [...lines, 'None.', ''] : lines;
}

/** The compound set's figures, or a line saying it was not run. */
function compoundSection(compound: CompoundResult | null): string[] {
  const heading = '### Compound tasks (generated; each scored by a model trained without both its sources)';
  if (compound === null) return [heading, '', 'Not run: the run was restricted to some sources (--source).'];
  return [
    heading,
    '',
    `${compound.cases} tasks: decided \`both\` ${share(compound.both, compound.cases)}, each piece routed right ${share(compound.routed, compound.cases)}, and with parts covering the pieces ${share(compound.covered, compound.cases)}.`,
    '',
    '| joined by | tasks | both, parts right and covering |',
    '| --- | ---: | ---: |',
    ...compound.byJoiner.map((joiner) => `| \`${JSON.stringify(joiner.joiner).slice(1, -1)}\` | ${joiner.cases} | ${share(joiner.covered, joiner.cases)} |`),
    '',
    'Why the others missed (the first cause that holds; "alone" is the step decided as a task of its own by the same engine):',
    '',
    '| cause | tasks |',
    '| --- | ---: |',
    ...compound.misses.map((miss) => `| ${miss.cause} | ${miss.cases} |`),
    '',
    '| step | source | tasks | decided right | step right alone |',
    '| --- | --- | ---: | ---: | ---: |',
    ...compound.bySteps.map((step) => `| ${step.label} | ${step.source} | ${step.cases} | ${share(step.covered, step.cases)} | ${share(step.rightAlone, step.cases)} |`),
  ];
}

/**
 * @example renderLoso(report, { misses: 10 }) // '## Leave-one-source-out ...'
 */
export function renderLoso(report: LosoReport, options: LosoRenderOptions = {}): string {
  const lines = [
    '## Leave-one-source-out (held-out: each source scored by a learned model trained without it)',
    '',
    'Macro-F1 averages over the labels a source holds (a single-label source: that label\'s F1).',
    'The rule vocabulary was written while looking at these corpora, so the engine columns are',
    'held-out for the learned signal only; the learned columns are held-out outright.',
    '',
    '| source | items | code | cowork | learned acc | learned F1 | engine acc | engine F1 | both |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.sources.map(
      (source) =>
        `| ${source.source}${source.evalOnly ? ' (evaluation only)' : ''} | ${source.items} | ${source.labels.code} | ${source.labels.cowork} | ${f(source.learned.accuracy)} | ${f(source.learned.macroF1)} | ${f(source.engine.accuracy)} | ${f(source.engine.macroF1)} | ${source.engine.both} |`,
    ),
    `| **mean over ${report.sources.length} sources** | | | | ${f(report.mean.learned.accuracy)} | ${f(report.mean.learned.macroF1)} | ${f(report.mean.engine.accuracy)} | ${f(report.mean.engine.macroF1)} | |`,
    '',
    `Pooled macro-F1 of all held-out decisions: learned ${f(report.pooled.learned)}, engine ${f(report.pooled.engine)}.`,
    '',
    '### Calibration of the engine\'s confidence (held-out decisions)',
    '',
    ...reliabilityTable(report),
    '',
    `Expected calibration error ${f(report.reliability.ece)}; largest gap in a bucket of 20 or more items ${f(report.reliability.worstGap)}.`,
    `Questions: ${report.questions.asked} of ${report.questions.items} items (${share(report.questions.asked, report.questions.items)}) got one; accuracy on those ${share(report.questions.correctWhenAsked, report.questions.asked)}.`,
    `Single-label items decided \`both\`: ${report.singlesDecidedBoth.both} of ${report.singlesDecidedBoth.items} (${share(report.singlesDecidedBoth.both, report.singlesDecidedBoth.items)}).`,
    '',
    ...compoundSection(report.compound),
    '',
    '### Targets',
    '',
    ...losoTargets(report).map((target) => `- ${target.passed ? '✓' : '✗'} ${target.name}: ${target.value}`),
    ...(options.misses !== undefined && options.misses > 0 ? ['', ...missSection(report, options.misses)] : []),
  ];
  return `${lines.join('\n')}\n`;
}

/** The reliability table: each confidence bucket's items, mean confidence and accuracy. */
function reliabilityTable(report: LosoReport): string[] {
  return [
    '| confidence | items | mean confidence | accuracy |',
    '| --- | ---: | ---: | ---: |',
    ...report.reliability.buckets.map((bucket) => `| ${bucket.min.toFixed(2)}–${bucket.max.toFixed(2)} | ${bucket.items} | ${f(bucket.meanConfidence)} | ${f(bucket.accuracy)} |`),
  ];
}

/** The README's sentence on the compound set. */
function compoundSentence(compound: CompoundResult | null): string {
  if (compound === null) return 'The compound set was not run.';
  return `Generated compound tasks (${compound.cases}, each decided by a model trained without both its sources): \`both\` with both parts right and covering their pieces ${share(compound.covered, compound.cases)}.`;
}

/**
 * The README's held-out table: figures only, never a task's text.
 * @example renderLosoBlock(report, '2026-12-01')
 */
export function renderLosoBlock(report: LosoReport, date: string): string {
  const lowest = Math.min(...report.sources.map((source) => source.engine.macroF1));
  const lines = [
    `Leave-one-source-out over the ${report.sources.length} sources of \`dev.jsonl\`, \`extra.jsonl\` and \`train-extra.jsonl\` (each source decided by an engine whose learned model and fitted blend never saw it), ${date}; regenerate with \`npm run readme:accuracy\`. Macro-F1 over the labels a source holds.`,
    '',
    '| source | items | learned alone, F1 | engine, F1 | engine, accuracy |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...report.sources.map((source) => `| ${source.source}${source.evalOnly ? ' (eval only)' : ''} | ${source.items} | ${f(source.learned.macroF1)} | ${f(source.engine.macroF1)} | ${f(source.engine.accuracy)} |`),
    `| **mean** | ${report.sources.reduce((sum, source) => sum + source.items, 0)} | ${f(report.mean.learned.macroF1)} | ${f(report.mean.engine.macroF1)} | ${f(report.mean.engine.accuracy)} |`,
    '',
    `Lowest source: ${f(lowest)}. Pooled held-out macro-F1: engine ${f(report.pooled.engine)}. Calibration error (ECE) of the engine's confidence on these held-out decisions: ${f(report.reliability.ece)}. Questions asked on ${share(report.questions.asked, report.questions.items)} of items (right ${share(report.questions.correctWhenAsked, report.questions.asked)} of the time). Single-label items decided \`both\`: ${share(report.singlesDecidedBoth.both, report.singlesDecidedBoth.items)}. ${compoundSentence(report.compound)}`,
    '',
    'Reliability of the engine\'s confidence on the same held-out decisions:',
    '',
    ...reliabilityTable(report),
  ];
  return lines.join('\n');
}
