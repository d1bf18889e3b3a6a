/** Every built-in vocabulary the extractor matches, in one list (plain data: compiled by each extractor). */
import type { VocabularyEntry } from '../lexicon.js';
import { AUTOMATION_VOCABULARY } from './automation.js';
import { CODE_VOCABULARY } from './code.js';
import { DESKTOP_VOCABULARY } from './desktop.js';
import { COMPLIANCE_VOCABULARY } from './compliance.js';
import { KNOWLEDGE_VOCABULARY } from './knowledge.js';
import { OFFICE_VOCABULARY } from './office.js';
import { OPERATOR_VOCABULARY } from './operator.js';
import { REQUEST_VOCABULARY } from './requests.js';
import { SOFTWARE_VOCABULARY } from './software.js';
import { SYSTEM_VOCABULARY } from './system.js';
import { WORKLOAD_VOCABULARY } from './workload.js';

export const BUILT_IN_VOCABULARY: readonly VocabularyEntry[] = [
  ...CODE_VOCABULARY,
  ...SYSTEM_VOCABULARY,
  ...SOFTWARE_VOCABULARY,
  ...REQUEST_VOCABULARY,
  ...KNOWLEDGE_VOCABULARY,
  ...DESKTOP_VOCABULARY,
  ...OFFICE_VOCABULARY,
  ...AUTOMATION_VOCABULARY,
  ...COMPLIANCE_VOCABULARY,
  ...OPERATOR_VOCABULARY,
  ...WORKLOAD_VOCABULARY,
];
