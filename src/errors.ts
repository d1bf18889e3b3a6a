/** The one error the library throws: an input that breaks the contract, with its field-level issues. */
import type { IssueCode } from './core/ids.js';
import type { InputIssue, PackIssue } from './core/types.js';

export class InputError extends Error {
  override name = 'InputError' as const;
  /** The first issue's stable code, e.g. `text.empty`. */
  readonly code: IssueCode;
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    const first = issues[0];
    super(first ? `${first.field} ${first.message}` : 'invalid input');
    this.issues = issues;
    this.code = first?.code ?? 'input.not-object';
  }

  /** The first issue: the field a one-line error names. */
  get field(): string {
    return this.issues[0]?.field ?? 'input';
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}

/** Thrown by `createEngine` for a knowledge pack that breaks the pack schema: a program's mistake, with its issues. */
export class KnowledgePackError extends Error {
  override name = 'KnowledgePackError' as const;
  readonly code = 'knowledge.invalid' as const;
  readonly issues: readonly PackIssue[];

  constructor(issues: readonly PackIssue[]) {
    super(`invalid knowledge pack: ${issues.map((issue) => `${issue.field} ${issue.message}`).join('; ')}`);
    this.issues = issues;
  }
}

export function isKnowledgePackError(error: unknown): error is KnowledgePackError {
  return error instanceof KnowledgePackError;
}
