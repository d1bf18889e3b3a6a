/** Regulated regimes, audit-trail demands, and sensitive data named without a regime. */
import type { VocabularyEntry } from '../lexicon.js';
import { regimeTerms, terms } from './build.js';

export const COMPLIANCE_VOCABULARY: readonly VocabularyEntry[] = [
  ...regimeTerms('hipaa', ['hipaa', '=PHI', 'protected health information', 'hitech']),
  ...regimeTerms('pci', ['pci', 'pci dss', 'pcidss', 'cardholder data', 'payment card industry']),
  ...regimeTerms('sox', ['sox', 'sarbanes oxley', 'sarbanes']),
  ...regimeTerms('soc2', ['soc 2', 'soc2', 'soc ii', 'soc 2 type ii', 'soc 2 type 2']),
  ...terms('audit', 1.5, [
    'audit log', 'audit logs', 'audit logging', 'audit trail', 'audit trails', 'auditable',
    'compliance api', 'siem', 'opentelemetry', 'every * action * logged|captured|recorded',
    'every action * logged|captured|recorded', 'immutable log', 'compliance logging', 'regulated workload',
    'regulatory compliance', 'compliance requirement', 'compliance requirements',
  ]),
  ...terms('sensitive-data', 1.0, [
    'patient', 'patients', 'patient records', 'medical records', 'health records', 'medical', 'clinical',
    'diagnosis', 'prescription', 'card numbers', 'credit card', 'credit cards', 'cardholder', 'social security',
    'ssn', 'bank account numbers', 'account numbers', 'financial statements', 'under audit', 'auditors',
    'personal data', 'personally identifiable', '=PII', 'gdpr', 'confidential', 'salary data', 'payroll data',
  ]),
];
