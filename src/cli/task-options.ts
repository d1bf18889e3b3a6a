/** The context and policy flags, shared by every command that decides tasks (one task, triage, ask). */
import type { Command } from 'commander';
import { Option } from 'commander';
import { EDITIONS, OPERATORS, PLANS, REGIMES } from '../index.js';
import { collectRegimes } from './flags.js';

const choices = (values: readonly string[]): string => values.join(' | ');

/** Adds --scheduled, --compliance, --operator, --involves-code, --sandbox, --plan, --cowork-gateway and --knowledge. */
export function addTaskOptions(command: Command): Command {
  return command
    .option('--scheduled', 'it must run automatically, with no person starting it')
    .option('--no-scheduled', 'a person starts it each time')
    .addOption(
      new Option('--compliance <regimes>', `regulated regimes that apply, comma-separated: ${choices(REGIMES)} | none`).argParser(collectRegimes),
    )
    .option('--operator <who>', `who runs and watches it: ${choices(OPERATORS)}`)
    .option('--involves-code <answer>', 'does the work touch code or infrastructure: yes | no')
    .option('--sandbox', 'a managed sandbox with a limited blast radius is preferred')
    .option('--no-sandbox', 'no sandbox preference')
    .option('--plan <plan>', `your organisation's plan: ${choices(PLANS)}`)
    .option('--cowork-gateway', "Cowork is wrapped in your organisation's own proxy/gateway and logging")
    .option('--no-cowork-gateway', 'Cowork is used as it comes')
    .option('--knowledge <edition>', `the edition of the knowledge to decide with: ${choices(EDITIONS)} (default guide)`);
}
