/** The public API of code-or-cowork. Everything a program needs, and nothing internal. */
export { createEngine, decide, safeDecide } from './engine.js';
export type { DecideOptions, Engine, EngineOptions } from './engine.js';
export { InputError, isInputError } from './errors.js';
export { loadLearnedModel } from './node/learned-model.js';
export type { LearnedModel } from './extract/learned/model.js';
export { validateInput, MAX_TEXT_LENGTH } from './schema/input.js';
export { renderText } from './render/text.js';
export type { RenderTextOptions } from './render/text.js';
export { GUIDE_KNOWLEDGE } from './knowledge/pack.js';
export { parseKnowledgePack } from './schema/knowledge.js';
export type { KnowledgePack } from './knowledge/pack.js';
export { SURFACES, RULE_IDS, CAVEAT_IDS, QUESTION_IDS, REGIMES, OPERATORS, PLANS, ISSUE_CODES } from './core/ids.js';
export type { Surface, Product, RuleId, CaveatId, QuestionId, Regime, Operator, Plan, IssueCode } from './core/ids.js';
export type {
  Caveat,
  Context,
  Decision,
  DecisionInput,
  Evidence,
  InputIssue,
  PackIssue,
  KnowledgeStamp,
  Part,
  Policy,
  Question,
  Reason,
  Result,
  Update,
} from './core/types.js';
export { handoff, safeHandoff } from './handoff-api.js';
export type { HandoffApiOptions } from './handoff-api.js';
export { STEP_KINDS, mcpSetupStep } from './handoff/index.js';
export type { Handoff, HandoffFile, HandoffOptions, HandoffSettings, HandoffStep, StepKind } from './handoff/index.js';
export type { HandoffMethods } from './handoff-methods.js';
export { renderStep, renderSteps } from './render/steps.js';
