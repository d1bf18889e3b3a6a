/** The numbers the decision turns on, in one place, each with the reason for its size. An engine may override them. */
export const DEFAULT_THRESHOLDS = {
  /** One unambiguous schedule or trigger phrase ("every Monday", "whenever ... merges"). */
  automation: 1.0,
  /** A named regime or audit-trail demand. */
  compliance: 1.5,
  /** About one unambiguous technical term, or two or three likely ones. */
  codeWork: 1.0,
  /** Code words must also hold their own against the office words around them ... */
  codeAgainstKnowledge: 0.5,
  /** ... unless one of them asks for code outright ("write a script", "using the terminal"). */
  outrightCode: 2.0,
  /** Heavy, parallel or unsandboxed work, as a phrase. */
  heavy: 1.5,
  /** Enough office words to call it knowledge work in the reasons. */
  knowledgeWork: 0.8,
  /** Below this, nothing says what the work is: ask whether code is involved. */
  anySignal: 1.0,
  /** Content words the learned signal needs before it judges a text the rules find nothing in. */
  learnedWords: 4,
  /**
   * Separable pieces come in short compound tasks ("fix the bug, then write the letter"); a
   * long procedure's steps feed each other and go to one product.
   */
  maxSeparablePieces: 4,
  /** A piece routed to Code on its own must be clearly technical ... */
  pieceCode: 1.2,
  /** ... and a Cowork piece clearly office work with next to no technical words. */
  pieceKnowledge: 1.5,
  pieceStrayCode: 0.5,
  /** With the learned signal, a Code piece with no technical word needs the model this sure (blended probability). */
  pieceClearCode: 0.8,
} as const;

/** The thresholds an engine decides with: the defaults' keys, any values. */
export type Thresholds = { readonly [K in keyof typeof DEFAULT_THRESHOLDS]: number };
