/**
 * Schedules and triggers (the work must start on its own), recurrence without that promise,
 * and a person starting it by hand.
 */
import type { VocabularyEntry } from '../lexicon.js';
import { masks, terms } from './build.js';

const DAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weekend|day|morning|evening|night|afternoon|hour|minute|week|month|quarter|year|mon|tue|wed|thu|fri';
const UNIT = 'minutes|hours|days|weeks|months|seconds|mins|hrs';

export const AUTOMATION_VOCABULARY: readonly VocabularyEntry[] = [
  ...terms('automation', 1.0, [
    `every ${DAY}`, `each ${DAY}`, `every other ${DAY}`, `every * ${UNIT}`, `every ${UNIT}`, `on ${DAY}s at`,
    'every business|working day', 'each business|working day', 'nightly', 'hourly', 'daily at', 'weekly on', 'monthly on', 'every day at', 'each day at',
    'on a schedule', 'on a timer', 'on a cron', 'cron job', 'cron schedule', 'scheduled job', 'scheduled task',
    'scheduled run', 'scheduled workflow', 'schedule * to run|execute|start|stop|send|turn|shut|launch|trigger|fire',
    'schedule ** to run|execute|start|stop|send|turn|shut|launch|trigger|fire', 'run on a schedule',
    'whenever', 'every time', 'each time a|an|someone|somebody|the|new', 'on every push|commit|merge|pull|release|deploy|build|change',
    'on each push|commit|merge|pull|release|deploy|build|change', 'on push', 'on merge', 'on commit',
    'when a new', 'as soon as a|an|new|someone', 'triggered by', 'trigger on', 'trigger it', 'triggered when',
    'unattended', 'headless', 'without anyone starting it',
    'without anyone', 'without a human', 'without human', 'without me', 'no one has to start', 'nobody has to start',
    'run on its own', 'runs on its own', 'in the background every', 'post commit hook', 'git hook', 'pre commit hook',
    'ci job', 'periodically', 'at midnight', 'at 9am every',
  ]),
  // Wanting it automated says less on its own than a schedule does.
  ...terms('automation', 0.6, ['automatically', 'automated', 'automate', 'auto run']),
  ...masks('automation', ['automatically save', 'autosave', 'automatically adjust', 'whenever you can', 'whenever possible']),
  ...terms('recurrence', 1.0, [
    'weekly', 'monthly', 'daily', 'quarterly', 'yearly', 'annual', 'annually', 'recurring', 'regular', 'routine',
    'month end', 'monthly close', 'end of month',
  ]),
  ...terms('manual-run', 1.0, [
    "i'll kick it off", 'i will kick it off', 'kick it off myself', "i'll run it", 'i will run it', "i'll start it",
    'i will start it', 'run it myself', 'start it myself', 'myself every', 'by hand', 'manually', 'on demand',
    'when i ask', 'when i need it', 'one off', 'one time', 'just once', 'this once',
  ]),
  ...terms('diagnostic', 1.0, [
    'why', 'debug', 'investigate', 'diagnose', 'troubleshoot', 'failed', 'fails', 'failing', 'failure', 'broke',
    'broken', 'crashed', 'stopped working', 'not working', "didn't run", "doesn't run", 'did not run', 'root cause',
  ]),
];
