/**
 * Schedules and triggers (the work must start on its own), recurrence without that promise,
 * and a person starting it by hand.
 */
import type { VocabularyEntry } from '../lexicon.js';
import { masks, terms, triggerTerms } from './build.js';

const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weekend|mon|tue|wed|thu|fri';
const DAY = `${WEEKDAY}|day|morning|evening|night|afternoon|hour|minute|week|month|quarter|year`;
/** "For each month" groups data; only times of day and weekdays read as a schedule after "each". */
const EACH = `${WEEKDAY}|day|morning|evening|night|afternoon|hour|minute`;
/** A day counted within a month or year ("the first of every month", "the last Friday of each quarter"). */
const ORDINAL = 'first|last|second|third|fourth|fifth|final|1st|2nd|3rd|4th|5th|10th|15th|20th|25th|28th|30th';
const UNIT = 'minutes|hours|days|weeks|months|seconds|mins|hrs';
/**
 * Days and parts of days said in the plural ("on Mondays at 9"): a habit, where the singular
 * ("on Monday at 9") is one date. Written exactly, since stemming would fold the two together.
 */
const PLURAL_DAYS = ['mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'weekdays', 'weekends', 'mornings', 'evenings', 'nights', 'afternoons']
  .flatMap((word) => [`=${word}`, `=${word.charAt(0).toUpperCase()}${word.slice(1)}`])
  .join('|');

/** Pieces of work that recur: what "weekly" or "monthly" must describe to mean a recurring job. */
const RECURRING_WORK =
  'report|reports|reporting|summary|summaries|update|updates|newsletter|digest|review|reviews|close|reconciliation|invoice|invoices|invoicing|export|exports|backup|backups|sync|email|emails|deck|dashboard|metrics|numbers|kpis|status|check|checks|payroll|billing|forecast|roundup|recap|briefing|post|posts|overview|reminder|reminders|task|tasks|job|jobs|run|process|refresh|cleanup|clean_up|analysis|snapshot|extract|upload|download|import';

/** How often a recurring piece of work comes round, in a word ("weekly", "annual"). */
const CADENCE = 'weekly|monthly|daily|quarterly|yearly|annual|biweekly|fortnightly';

export const AUTOMATION_VOCABULARY: readonly VocabularyEntry[] = [
  // A clock schedule: what a Cowork scheduled task can also do (2026-11 edition).
  ...triggerTerms('clock', 1.0, [
    `every ${DAY}`, `each ${EACH}`, `every other ${DAY}`, `every * ${UNIT}`, `every ${UNIT}`, `on ${PLURAL_DAYS} at`,
    'every business|working day', 'each business|working day', 'nightly', 'daily at', 'weekly on', 'monthly on',
    'every day at', 'each day at', 'run|runs|execute|check|sync|poll|refresh|backup|back_up hourly|nightly|daily|weekly|monthly',
    'on a schedule', 'on a timer', 'on a cron', 'cron job', 'cron schedule', 'scheduled job', 'scheduled task',
    'scheduled run', 'scheduled workflow', 'schedule * to run|execute|start|stop|send|turn|shut|launch|trigger|fire',
    'schedule ** to run|execute|start|stop|send|turn|shut|launch|trigger|fire', 'run on a schedule',
    `${ORDINAL} of every|each month|quarter|year`, `${ORDINAL} * of every|each month|quarter|year`,
    'in the background every', 'periodically', 'at midnight', 'at 9am every', 'cron', 'crontab', 'cron entry',
    // A recurring piece of work wanted done automatically ("send the weekly report automatically"): a schedule.
    `${CADENCE}|nightly|hourly ** ${RECURRING_WORK} ** automatically|automated`,
    `automatically|automate ** ${CADENCE}|nightly|hourly ** ${RECURRING_WORK}`,
  ]),
  // An event: a commit, a file or message arriving, a hook, a CI run. Only Claude Code starts on these.
  ...triggerTerms('event', 1.0, [
    'whenever', 'every time', 'each time', 'on every push|commit|merge|pull|release|deploy|build|change',
    'on each push|commit|merge|pull|release|deploy|build|change', 'on push', 'on merge', 'on commit',
    'when a new', 'as soon as a new', 'as soon as someone', 'triggered by', 'trigger on', 'trigger it', 'triggered when',
    'post commit hook', 'git hook', 'pre commit hook', 'ci job', 'headless',
    'as|when|once they|it|files|emails|invoices|messages|orders|leads arrive|land|lands|come_in|comes_in',
    'as soon as they|it arrive|land|lands|come_in|comes_in',
  ]),
  // Unattended, with no word on what starts it.
  ...terms('automation', 1.0, [
    'unattended', 'without anyone starting it', 'without anyone', 'without a human', 'without human', 'without me',
    'no one has to start', 'nobody has to start', 'run on its own', 'runs on its own',
  ]),
  // Wanting it automated says less on its own than a schedule does.
  ...terms('automation', 0.6, ['automatically', 'automated', 'automate', 'auto run', 'hourly']),
  // "For each day" groups figures ("the average for each day"), as "for each month" does.
  ...masks('automation', [`for each ${EACH}`]),
  // "Whenever I open it" describes the person's own habit or an app setting, not a trigger.
  ...masks('automation', ['whenever|every_time|each_time i|we|you|i\'m|i\'d|my', 'whenever possible', 'used|reused|use|reuse every|each *', 'hourly rate', 'hourly rates', 'hourly wage', 'hourly pay', 'nightly rate', 'automatically save', 'autosave', 'automatically adjust', 'whenever you can', 'whenever possible']),
  // Recurrence said of a piece of work ("the weekly report"), not of how things are grouped ("monthly folders").
  ...terms('recurrence', 1.0, [
    `${CADENCE}|recurring|regular|routine ** ${RECURRING_WORK}`,
    'month end', 'monthly close', 'end of month', 'annually', 'every week|month|quarter|year',
  ]),
  ...terms('manual-run', 1.0, [
    "i'll kick it off", 'i will kick it off', 'kick it off myself', "i'll run it", 'i will run it', "i'll start it",
    'i will start it', 'run it myself', 'start it myself', 'myself every', 'by hand', 'manually', 'on demand',
    'when i ask', 'when i need it', 'one off', 'one time', 'just once', 'this once',
  ]),
  // A calendar entry's own recurrence ("a slot every Wednesday at noon") is calendar admin, not a schedule to run.
  ...terms('calendar-event', 1.0, [
    'meeting', 'meetings', 'lecture', 'lectures', 'class', 'classes', 'slot', 'timetable', 'calendar', 'appointment',
    'appointments', 'one on one', '1 1s', 'invite', 'office hours',
  ]),
  ...terms('diagnostic', 1.0, [
    'why', 'debug', 'investigate', 'diagnose', 'troubleshoot', 'failed', 'fails', 'failing', 'broke',
    'broken', 'crashed', 'stopped working', 'not working', "didn't run", "doesn't run", 'did not run', 'root cause',
  ]),
];
