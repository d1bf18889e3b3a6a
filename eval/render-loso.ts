/** The leave-one-source-out report as markdown (also what the terminal shows). */
import type { LosoReport } from './loso.js';

const f = (value: number | null): string => (value === null ? '—' : value.toFixed(3));
const share = (part: number, whole: number): string => (whole === 0 ? '—' : (part / whole).toFixed(3));

/** Targets of issue 8, checked against the report. */
export function losoTargets(report: LosoReport): { readonly name: string; readonly value: string; readonly passed: boolean }[] {
  const lowest = Math.min(...report.sources.map((source) => source.engine.macroF1));
  const bothShare = report.singlesDecidedBoth.both / Math.max(1, report.singlesDecidedBoth.items);
  const compoundShare = report.compound.covered / Math.max(1, report.compound.cases);
  return [
    { name: 'engine macro-F1, mean over sources ≥ 0.90', value: f(report.mean.engine.macroF1), passed: report.mean.engine.macroF1 >= 0.9 },
    { name: 'engine macro-F1, every source ≥ 0.80', value: `${f(lowest)} (lowest)`, passed: lowest >= 0.8 },
    { name: 'compound: decided both, both parts right ≥ 0.90', value: f(compoundShare), passed: compoundShare >= 0.9 },
    { name: 'single-label items decided both < 2%', value: f(bothShare), passed: bothShare < 0.02 },
    { name: 'expected calibration error ≤ 0.05', value: f(report.reliability.ece), passed: report.reliability.ece <= 0.05 },
  ];
}

/** Up to `limit` of a list, with a note of how many were left off. */
function firstOf<T>(items: readonly T[], limit: number, line: (item: T) => string[]): string[] {
  const shown = items.slice(0, limit).flatMap(line);
  return items.length > limit ? [...shown, `- … ${items.length - limit} more`] : shown;
}

const quoted = (text: string): string => JSON.stringify(text);

/**
 * The held-out misses of every source (most confident first) and the compound misses by cause,
 * up to `limit` of each: what to read before changing the vocabulary or the piece router.
 * @example renderLosoMisses(report, 5) // '### Held-out misses ...'
 */
export function renderLosoMisses(report: LosoReport, limit: number): string[] {
  if (limit <= 0) return [];
  const lines = ['', `### Held-out misses (up to ${limit} a source, most confident first)`];
  for (const source of report.sources) {
    const misses = report.misses.heldOut
      .filter((miss) => miss.source === source.source)
      .sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
    if (misses.length === 0) continue;
    lines.push('', `#### ${source.source}: ${misses.length} of ${source.items}`, '');
    lines.push(...firstOf(misses, limit, (miss) => [`- ${miss.label} → ${miss.predicted} (${miss.confidence.toFixed(2)}) \`${miss.id}\` ${quoted(miss.text)}`]));
  }
  lines.push('', `### Compound misses (up to ${limit} a cause)`);
  for (const cause of report.compound.misses) {
    const misses = report.misses.compound.filter((miss) => miss.cause === cause.cause);
    if (misses.length === 0) continue;
    lines.push('', `#### ${cause.cause}: ${misses.length}`, '');
    lines.push(
      ...firstOf(misses, limit, (miss) => [
        `- ${quoted(miss.text)}`,
        `  steps: ${miss.sources[0]} ${miss.labels[0]} (alone ${miss.alone[0]}), ${miss.sources[1]} ${miss.labels[1]} (alone ${miss.alone[1]}); decided ${miss.surface}${miss.parts.length > 0 ? `: ${miss.parts.map((part) => `${part.surface} ${quoted(miss.text.slice(part.start, part.end))}`).join(', ')}` : ''}`,
      ]),
    );
  }
  return lines;
}

/**
 * @example renderLoso(report) // '## Leave-one-source-out ...'
 * @example renderLoso(report, { misses: 5 }) // the same, then up to 5 held-out misses a source and 5 compound misses a cause
 */
export function renderLoso(report: LosoReport, options: { readonly misses?: number } = {}): string {
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
    '### Compound tasks (generated; each half scored by a model trained without its sources)',
    '',
    `${report.compound.cases} tasks: decided \`both\` ${share(report.compound.both, report.compound.cases)}, each piece routed right ${share(report.compound.routed, report.compound.cases)}, and with parts covering the pieces ${share(report.compound.covered, report.compound.cases)}.`,
    '',
    '| joined by | tasks | both, parts right and covering |',
    '| --- | ---: | ---: |',
    ...report.compound.byJoiner.map((joiner) => `| \`${JSON.stringify(joiner.joiner).slice(1, -1)}\` | ${joiner.cases} | ${share(joiner.covered, joiner.cases)} |`),
    '',
    'Why the others missed (the first cause that holds; "alone" is the step decided as a task of its own by the same engine):',
    '',
    '| cause | tasks |',
    '| --- | ---: |',
    ...report.compound.misses.map((miss) => `| ${miss.cause} | ${miss.cases} |`),
    '',
    '| step | source | tasks | decided right | step right in the task | step right alone |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...report.compound.bySteps.map((step) => `| ${step.label} | ${step.source} | ${step.cases} | ${share(step.covered, step.cases)} | ${share(step.rightInTask, step.cases)} | ${share(step.rightAlone, step.cases)} |`),
    '',
    '### Targets',
    '',
    ...losoTargets(report).map((target) => `- ${target.passed ? '✓' : '✗'} ${target.name}: ${target.value}`),
    ...renderLosoMisses(report, options.misses ?? 0),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The README's held-out table: figures only, never a task's text.
 * @example renderLosoBlock(report, '2026-12-01')
 */
/** The reliability table: each confidence bucket's items, mean confidence and accuracy. */
function reliabilityTable(report: LosoReport): string[] {
  return [
    '| confidence | items | mean confidence | accuracy |',
    '| --- | ---: | ---: | ---: |',
    ...report.reliability.buckets.map((bucket) => `| ${bucket.min.toFixed(2)}–${bucket.max.toFixed(2)} | ${bucket.items} | ${f(bucket.meanConfidence)} | ${f(bucket.accuracy)} |`),
  ];
}

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
    `Lowest source: ${f(lowest)}. Pooled held-out macro-F1: engine ${f(report.pooled.engine)}. Calibration error (ECE) of the engine's confidence on these held-out decisions: ${f(report.reliability.ece)}. Questions asked on ${share(report.questions.asked, report.questions.items)} of items (right ${share(report.questions.correctWhenAsked, report.questions.asked)} of the time). Single-label items decided \`both\`: ${share(report.singlesDecidedBoth.both, report.singlesDecidedBoth.items)}. Generated compound tasks (${report.compound.cases}, each half decided by a model trained without its sources): \`both\` with both parts right and covering their pieces ${share(report.compound.covered, report.compound.cases)}.`,
    '',
    'Reliability of the engine\'s confidence on the same held-out decisions:',
    '',
    ...reliabilityTable(report),
  ];
  return lines.join('\n');
}
