/**
 * The decision log's schema, as numbered steps. `PRAGMA user_version` records the last step
 * applied; opening a database applies the missing ones in one transaction each. Never edit a
 * step that has shipped: add the next one.
 */
export interface Migration {
  readonly version: number;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE decisions (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        time TEXT NOT NULL,
        text TEXT NOT NULL,
        surface TEXT NOT NULL,
        rules TEXT NOT NULL,
        input TEXT NOT NULL,
        decision TEXT NOT NULL,
        engine_version TEXT NOT NULL,
        knowledge_edition TEXT NOT NULL,
        knowledge_version TEXT NOT NULL,
        input_hash TEXT NOT NULL
      );
      CREATE INDEX decisions_time ON decisions (time);
      CREATE INDEX decisions_surface ON decisions (surface, seq);
    `,
  },
];
