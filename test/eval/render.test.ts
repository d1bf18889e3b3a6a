import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../eval/evaluate.js';
import { buildReport, renderJson } from '../../eval/report.js';
import type { EvalReport } from '../../eval/report.js';
import { renderMarkdown } from '../../eval/render-markdown.js';
import { renderText } from '../../eval/render-text.js';
import { CORPUS, stubRouter } from './fixtures.js';

function report(): EvalReport {
  const file = evaluateCorpus(CORPUS, stubRouter);
  if (!file.ok) throw new Error(file.error);
  return buildReport([file.value]);
}

describe('renderText', () => {
  it('prints the summary, calibration, targets and misroutes grouped by source', () => {
    expect(renderText(report(), { misses: 2 })).toMatchInlineSnapshot(`
      "tiny.jsonl: 6 items (2 code, 4 cowork)

                           engine  baseline    gain
        accuracy            0.500     0.833  −0.333
        balanced accuracy   0.500     0.750  −0.250
        macro-F1            0.536     0.778  −0.242
        code precision      0.500     1.000  −0.500
        code recall         0.500     0.500  +0.000
        code F1             0.500     0.667  −0.167
        cowork precision    0.667     0.800  −0.133
        cowork recall       0.500     1.000  −0.500
        cowork F1           0.571     0.889  −0.317
        decided 'both'          1         0
        alpha (3)           0.667     0.667  +0.000
        beta (3)            0.333     1.000  −0.667

        confusion  label   → code  → cowork  → both
        engine     code         1         1       0
                   cowork       1         2       1
        baseline   code         1         1       0
                   cowork       0         4       0

        calibration (engine)  items  correct  accuracy
        [0.0, 0.5)                1        0     0.000
        [0.5, 0.7)                0        0         —
        [0.7, 0.8)                1        0     0.000
        [0.8, 0.9)                1        1     1.000
        [0.9, 1.0]                3        2     0.667  ◀ target ≥ 0.97 ✗
        questions: 2 items got one, 0.000 correct (question.code-or-infra 1, question.schedule 1)

        targets
        ✗  macro-F1 ≥ 0.96                  0.536
        ✗  balanced accuracy ≥ 0.96         0.500
        ✗  every source accuracy ≥ 0.92     0.333 (lowest: beta)
        ✗  ≥0.9-confidence accuracy ≥ 0.97  0.667 (3 items)

      misroutes of engine: 2 shown of 3 (--misses N for more)
      alpha (1 of 1)
        alpha:2 (line 2)  code → cowork  confidence 0.40  baseline cowork
          "Patch the failing unit test"
          rules: none
          questions: question.code-or-infra
      beta (1 of 2)
        beta:3 (line 6)  cowork → code  confidence 0.91  baseline cowork (right)
          "Book a room for Friday"
          rules: code.automation "Friday"
          questions: question.schedule

      4 target(s) missed
      "
    `);
  });

  it('lists no misroutes with --misses 0', () => {
    expect(renderText(report(), { misses: 0 })).not.toContain('misroutes');
  });

  it('paints only when asked', () => {
    expect(renderText(report())).not.toContain('\u001b[');
    expect(renderText(report(), { color: true })).toContain('\u001b[');
  });

  it('names an item without an id by its line', () => {
    const corpus = { file: 'x.jsonl', items: [{ id: 'line 1', source: 'unknown', text: 'A task', label: 'code', line: 1 }] } as const;
    const file = evaluateCorpus(corpus, () => ({ ok: true, value: { surface: 'cowork', reasons: [], questions: [] } }));
    if (!file.ok) throw new Error(file.error);
    expect(renderText(buildReport([file.value]))).toContain('\n  line 1  code → cowork  baseline cowork\n');
  });
});

describe('renderMarkdown', () => {
  it('prints the same figures as tables', () => {
    expect(renderMarkdown(report(), { misses: 1 })).toMatchInlineSnapshot(`
      "# Routing evaluation

      ## tiny.jsonl

      6 items: 2 code, 4 cowork.

      |  | engine | baseline | gain |
      | --- | ---: | ---: | ---: |
      | accuracy | 0.500 | 0.833 | −0.333 |
      | balanced accuracy | 0.500 | 0.750 | −0.250 |
      | macro-F1 | 0.536 | 0.778 | −0.242 |
      | code precision | 0.500 | 1.000 | −0.500 |
      | code recall | 0.500 | 0.500 | +0.000 |
      | code F1 | 0.500 | 0.667 | −0.167 |
      | cowork precision | 0.667 | 0.800 | −0.133 |
      | cowork recall | 0.500 | 1.000 | −0.500 |
      | cowork F1 | 0.571 | 0.889 | −0.317 |
      | decided \`both\` | 1 | 0 |  |
      | alpha accuracy (3) | 0.667 | 0.667 | +0.000 |
      | beta accuracy (3) | 0.333 | 1.000 | −0.667 |

      | router | label | → code | → cowork | → both |
      | --- | --- | ---: | ---: | ---: |
      | engine | code | 1 | 1 | 0 |
      | engine | cowork | 1 | 2 | 1 |
      | baseline | code | 1 | 1 | 0 |
      | baseline | cowork | 0 | 4 | 0 |

      ### Calibration (engine)

      | confidence | items | correct | accuracy |
      | --- | ---: | ---: | ---: |
      | [0.0, 0.5) | 1 | 0 | 0.000 |
      | [0.5, 0.7) | 0 | 0 | — |
      | [0.7, 0.8) | 1 | 0 | 0.000 |
      | [0.8, 0.9) | 1 | 1 | 1.000 |
      | [0.9, 1.0] | 3 | 2 | **0.667** |

      Questions: 2 items got one, 0.000 of them correct (\`question.code-or-infra\` 1, \`question.schedule\` 1).

      ### Targets

      |  | target | value |
      | --- | --- | --- |
      | ❌ | macro-F1 ≥ 0.96 | 0.536 |
      | ❌ | balanced accuracy ≥ 0.96 | 0.500 |
      | ❌ | every source accuracy ≥ 0.92 | 0.333 (lowest: beta) |
      | ❌ | ≥0.9-confidence accuracy ≥ 0.97 | 0.667 (3 items) |

      ### Misroutes

      1 shown of 3.

      #### alpha (1 of 1)

      - \`alpha:2\` line 2: code → **cowork** (confidence 0.40); baseline cowork
        - Patch the failing unit test
        - rules: none
        - questions: \`question.code-or-infra\`

      Some targets missed.
      "
    `);
  });
});

describe('renderJson', () => {
  it('round-trips every figure and every miss', () => {
    const parsed = JSON.parse(renderJson(report())) as EvalReport;
    expect(parsed.version).toBe(1);
    expect(parsed.passed).toBe(false);
    expect(parsed.targets['macro-f1']).toBe(0.96);
    expect(parsed.files[0]?.misses).toHaveLength(3);
    expect(parsed.files[0]?.router.scores.accuracy).toBe(0.5);
  });
});
