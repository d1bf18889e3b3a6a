/** What the CLI needs from the outside world, passed in so tests can use in-memory streams. */
import type { Readable, Writable } from 'node:stream';

export type CliInput = Readable & { readonly isTTY?: boolean };
export type CliOutput = Writable & { readonly isTTY?: boolean };

export interface CliIo {
  readonly stdin: CliInput;
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The package version, for `--version`. */
  readonly version: string;
  /** Where the search for a policy file starts; the process's working directory when absent. */
  readonly cwd?: string;
}

/** Exit statuses, as `--help` states them. */
export const EXIT = {
  ok: 0,
  batchHadBadLines: 1,
  usage: 2,
  /** A bug, not the user's doing (sysexits' EX_SOFTWARE). */
  internal: 70,
  /** Standard output could not be written (a full disk, /dev/full; sysexits' EX_IOERR). */
  outputFailed: 74,
} as const;
