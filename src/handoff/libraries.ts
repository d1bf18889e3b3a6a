/**
 * The two libraries the handoff writes with, loaded on first use: chrono-node (times of day) and
 * yaml (workflow files) take about 0.2 s each to load, which every CLI call would pay otherwise,
 * handoff or not. Node's module cache keeps them after the first call; nothing is held here.
 */
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node/en';
import type * as Yaml from 'yaml';

const load = createRequire(import.meta.url);

/** chrono-node's English parser. */
export const chrono = (): typeof Chrono => load('chrono-node/en') as typeof Chrono;

/** The yaml package. */
export const yaml = (): typeof Yaml => load('yaml') as typeof Yaml;
