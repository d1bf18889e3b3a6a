/**
 * The schema of the learned model file (`models/learned.json`): checked when it is read, so a
 * damaged or foreign file fails with the field named instead of deciding with garbage.
 */
import * as v from 'valibot';
import { MODEL_FORMAT } from '../extract/learned/model.js';

const Finite = v.pipe(v.number(), v.finite());
const Probability = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

const CalibrationSchema = v.pipe(
  v.object({ scores: v.array(Finite), probabilities: v.array(Probability) }),
  v.check((calibration) => calibration.scores.length === calibration.probabilities.length && calibration.scores.length > 0, 'needs as many probabilities as scores, at least one'),
  v.check((calibration) => calibration.probabilities.every((value, index, all) => index === 0 || value >= (all[index - 1] as number)), 'probabilities must not decrease'),
);

export const LearnedFileSchema = v.object({
  format: v.literal(MODEL_FORMAT),
  hashBits: v.pipe(v.number(), v.integer(), v.minValue(8), v.maxValue(24)),
  bias: Finite,
  scale: v.pipe(v.number(), v.gtValue(0)),
  /** 16-bit little-endian integers, base64. */
  weights: v.pipe(v.string(), v.minLength(1)),
  weightsSha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  /**
   * Word bins from Debian package descriptions, with where they came from: each bin's words
   * sorted (training writes them so: the same table always gives the same bytes) and joined by
   * single spaces. The order is not checked here: a check splits the 23,000 words, some 7 ms a run.
   */
  lexicon: v.object({
    sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
    bins: v.record(v.pipe(v.string(), v.regex(/^-?\d{1,2}$/)), v.pipe(v.string(), v.regex(/^\S+(?: \S+)*$/, 'must be words joined by single spaces'))),
    /**
     * The bins' look-up table as training builds it (`wordBinSlots`): little-endian 32-bit integers,
     * base64. Optional: a model file written before it existed builds the table on its first look-up.
     */
    slots: v.optional(v.pipe(v.string(), v.minLength(1))),
  }),
  blend: v.object({ bias: Finite, learned: Finite, code: Finite, cowork: Finite, codeWork: Finite }),
  calibration: CalibrationSchema,
  defaultCalibration: CalibrationSchema,
  askBelow: Probability,
  pieceMargin: v.pipe(v.number(), v.minValue(0), v.maxValue(0.5)),
  training: v.looseObject({}),
});

export type LearnedFile = v.InferOutput<typeof LearnedFileSchema>;

/**
 * Checks a parsed model file; the error names the first field that is wrong.
 * @example parseLearnedFile(JSON.parse(text)) // { ok: true, value: { format: 'code-or-cowork/learned@1', ... } }
 */
export function parseLearnedFile(raw: unknown): { ok: true; value: LearnedFile } | { ok: false; error: string } {
  const parsed = v.safeParse(LearnedFileSchema, raw);
  if (parsed.success) return { ok: true, value: parsed.output };
  const [issue] = parsed.issues;
  return { ok: false, error: `${v.getDotPath(issue) ?? 'model'}: ${issue.message}` };
}
