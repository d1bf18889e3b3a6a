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
  return `code-or-cowork: ${error.subject}: ${error.message}`;
}
