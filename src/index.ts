/** The public API of code-or-cowork. Everything a program needs, and nothing internal. */
export { createEngine, decide, safeDecide } from './engine.js';
export type { DecideOptions, Engine, EngineOptions, OrganisationVocabulary, Thresholds } from './engine.js';
export { DEFAULT_THRESHOLDS } from './decide/thresholds.js';
export { InputError, isInputError, KnowledgePackError, isKnowledgePackError } from './errors.js';
export { loadLearnedModel } from './node/learned-model.js';
export type { LearnedModel } from './extract/learned/model.js';
export { validateInput, MAX_TEXT_LENGTH, TEXT_LENGTH_UNIT, tooLongMessage } from './schema/input.js';
export { renderText } from './render/text.js';
export type { RenderTextOptions } from './render/text.js';
export { diffKnowledge, renderKnowledge, renderKnowledgeDiff } from './render/knowledge.js';
export type { EntryDifference, FactDifference, KnowledgeDiff } from './render/knowledge.js';
export { EDITIONS_BY_NAME as EDITION_PACKS, GUIDE_KNOWLEDGE, isEdition, knowledgeEdition } from './knowledge/editions/index.js';
export { wordProblem as organisationWordProblem } from './extract/vocabulary/organisation.js';
export { parseKnowledgePack } from './schema/knowledge.js';
export type { FactUpdate, KnowledgePack, Precedence } from './knowledge/pack.js';
export type { Fact } from './knowledge/facts.js';
export type { Lift, RuleDefinition } from './knowledge/rules.js';
export type { CaveatDefinition } from './knowledge/caveats.js';
export type { QuestionDefinition } from './knowledge/questions.js';
export {
  SURFACES,
  PRODUCTS,
  RULE_IDS,
  CAVEAT_IDS,
  QUESTION_IDS,
  REGIMES,
  OPERATORS,
  PLANS,
  EDITIONS,
  TIERS,
  CERTAINTIES,
  TRIGGERS,
  ISSUE_CODES,
} from './core/ids.js';
export type {
  Surface,
  Product,
  RuleId,
  CaveatId,
  QuestionId,
  Regime,
  Operator,
  Plan,
  Edition,
  Tier,
  Certainty,
  Trigger,
  IssueCode,
} from './core/ids.js';
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
export { answerHandoffRequest, handoff, safeHandoff } from './handoff-api.js';
export type { HandoffApiOptions } from './handoff-api.js';
export { STEP_KINDS, dayIn, mcpSetupStep } from './handoff/index.js';
export type { Handoff, HandoffFile, HandoffOptions, HandoffSettings, HandoffStep, StepKind } from './handoff/index.js';
export type { HandoffMethods } from './handoff-methods.js';
export { renderStep, renderSteps } from './render/steps.js';
