/**
 * The output schema of the contract: the decision object, and the lines `code-or-cowork batch` writes.
 * Used to check what crosses an edge and to generate `schema/decision-output.schema.json`.
 */
import * as v from 'valibot';
import { CAVEAT_IDS, ISSUE_CODES, PRODUCTS, QUESTION_IDS, RULE_IDS, SURFACES } from '../core/ids.js';

/** A month, YYYY-MM: how facts, editions and updates are dated (the pack schema uses it too). */
export const YearMonthSchema = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a YYYY-MM date'), v.description('YYYY-MM'));

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

export const EvidenceSchema = v.pipe(
  v.strictObject({
    text: v.string(),
    start: offset,
    end: offset,
  }),
  v.check((span) => span.start <= span.end, 'end must not come before start'),
  v.description('A span of the input text: text.slice(start, end) === evidence.text.'),
);

export const ReasonSchema = v.strictObject({
  rule: v.pipe(v.picklist(RULE_IDS), v.description('The rule of the guide that fired.')),
  summary: v.string(),
  evidence: v.pipe(
    v.array(EvidenceSchema),
    v.description('The words that triggered the rule; empty when the answer came from the context.'),
  ),
});

export const CaveatSchema = v.strictObject({
  id: v.picklist(CAVEAT_IDS),
  text: v.string(),
});

export const QuestionSchema = v.strictObject({
  id: v.picklist(QUESTION_IDS),
  text: v.string(),
});

export const PartSchema = v.strictObject({
  text: v.string(),
  start: offset,
  end: offset,
  surface: v.picklist(PRODUCTS),
  reasons: v.array(ReasonSchema),
});

/** The fields of an update; a knowledge pack's updates carry these too, so what parses there renders valid here. */
export const UpdateEntries = {
  fact: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.description('The id of the fact that changed.')),
  guide: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.description('What the guide says.')),
  now: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.description('What is reported now.')),
  asOf: YearMonthSchema,
  source: v.pipe(v.string(), v.url('must be a URL')),
};

export const UpdateSchema = v.pipe(v.strictObject(UpdateEntries), v.description('A newer fact that changes what the guide says.'));

/** The stamp's fields; a knowledge pack's own edition, version and asOf are checked by the same schemas. */
export const KnowledgeStampEntries = {
  edition: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.description('The edition of the knowledge, e.g. "guide" or "2026-11".')),
  version: v.pipe(v.string(), v.minLength(1, 'must not be empty')),
  asOf: YearMonthSchema,
};

export const KnowledgeStampSchema = v.strictObject(KnowledgeStampEntries);

export const DecisionSchema = v.strictObject({
  surface: v.picklist(SURFACES),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  reasons: v.pipe(v.array(ReasonSchema), v.description("The guide's rules that fired, strongest first.")),
  caveats: v.array(CaveatSchema),
  questions: v.pipe(v.array(QuestionSchema), v.description('Asked when an answer would change the decision.')),
  parts: v.pipe(
    v.array(PartSchema),
    v.description('One entry per separable piece of work; non-empty only when surface is "both".'),
  ),
  updates: v.array(UpdateSchema),
  knowledge: KnowledgeStampSchema,
});

/**
 * The id a batch line carries through, copied exactly: any JSON value (a string or number most
 * often; a number keeps every digit it was written with, even past the safe-integer range).
 */
export const LineIdSchema = v.pipe(v.unknown(), v.description('The input line\'s id, copied exactly: any JSON value.'));

/** A batch output line for a good input line: the decision, plus the input's id when it had one. */
export const BatchDecisionLineSchema = v.strictObject({
  id: v.optional(LineIdSchema),
  ...DecisionSchema.entries,
});

/** A batch output line for a bad input line: which line, which field, what is wrong. */
export const BatchErrorLineSchema = v.strictObject({
  id: v.optional(LineIdSchema),
  line: v.pipe(v.number(), v.integer(), v.minValue(1), v.description('1-based physical line number.')),
  error: v.strictObject({
    field: v.string(),
    code: v.pipe(v.picklist(ISSUE_CODES), v.description('Stable code of the problem; programs branch on it.')),
    message: v.string(),
  }),
});

export const BatchLineSchema = v.union([BatchDecisionLineSchema, BatchErrorLineSchema]);

export type DecisionOutput = v.InferOutput<typeof DecisionSchema>;
export type BatchDecisionLine = v.InferOutput<typeof BatchDecisionLineSchema>;
export type BatchErrorLine = v.InferOutput<typeof BatchErrorLineSchema>;
export type BatchLine = v.InferOutput<typeof BatchLineSchema>;
