/** The CLI's one error: the user asked for something it cannot do. Printed as one line, exit status 2. */

export class UsageError extends Error {
  override name = 'UsageError' as const;
  readonly code = 'usage' as const;
  /** The flag, argument or input field at fault, e.g. `--plan` or `text`. */
  readonly subject: string;

  constructor(subject: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.subject = subject;
  }
}

export function isUsageError(error: unknown): error is UsageError {
  return error instanceof UsageError;
}

/** `code-or-cowork: --plan: must be one of ...`, the single line written to stderr. */
export function formatUsageError(error: UsageError): string {
  return neutraliseBidi(`code-or-cowork: ${clip(error.subject, 60)}: ${error.message}`);
}

/**
 * At most `max` characters of what the user typed, for quoting it back in an error: a 20,000-
 * character argument is not echoed whole.
 * @example clip('x'.repeat(100), 10) // 'xxxxxxxxx…'
 */
export function clip(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Bidirectional controls (which can reorder what a terminal shows) written as visible escapes. */
export function neutraliseBidi(text: string): string {
  return text.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
