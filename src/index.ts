/** The public API of code-or-cowork. Everything a program needs, and nothing internal. */
export { decide, safeDecide } from './engine.js';
export type { DecideOptions } from './engine.js';
export { InputError, isInputError } from './errors.js';
export { validateInput, MAX_TEXT_LENGTH } from './schema/input.js';
export { renderText } from './render/text.js';
export type { RenderTextOptions } from './render/text.js';
export { GUIDE_KNOWLEDGE } from './knowledge/pack.js';
export { parseKnowledgePack } from './schema/knowledge.js';
export type { KnowledgePack } from './knowledge/pack.js';
export { SURFACES, RULE_IDS, CAVEAT_IDS, QUESTION_IDS, REGIMES, OPERATORS, PLANS } from './core/ids.js';
export type { Surface, Product, RuleId, CaveatId, QuestionId, Regime, Operator, Plan } from './core/ids.js';
export type {
  Caveat,
  Context,
  Decision,
  DecisionInput,
  Evidence,
  InputIssue,
  KnowledgeStamp,
  Part,
  Policy,
  Question,
  Reason,
  Result,
  Update,
} from './core/types.js';
