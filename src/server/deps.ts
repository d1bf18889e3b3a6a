/** What the app is built from: passed in, so tests use an in-memory log and a fixed clock. */
import type { Engine, KnowledgePack } from '../index.js';
import type { DecisionStore } from '../log/store.js';
import type { PageAssets } from './page.js';

export interface AppDeps {
  readonly engine: Engine;
  /** Where decisions are logged; absent with --no-log (nothing is written, history routes answer 404). */
  readonly log?: DecisionStore | undefined;
  readonly clock?: () => Date;
  readonly newId?: () => string;
  /** The program's version, stored with each record. */
  readonly version: string;
  /** When set, every /api call must carry it as a bearer token. */
  readonly token?: string | undefined;
  /** True when bound to loopback: requests must then name a loopback host. */
  readonly loopbackOnly?: boolean;
  /** The web page's files; absent when the page was not built. */
  readonly assets?: PageAssets | undefined;
  /** The knowledge editions to list; the engine's own by default. */
  readonly editions?: readonly KnowledgePack[];
  /**
   * Lays the organisation's standing settings under a request before it is decided (its own
   * context and policy win); the record stores what was decided. Absent: requests as they come.
   */
  readonly layer?: (raw: unknown) => unknown;
  /** Told of a failure inside a route (the client only sees a coded 500). */
  readonly report?: (error: unknown) => void;
}
