/**
 * Knowledge work → a Cowork brief to paste (goal, inputs, output, checks) with a suggested
 * approval mode; with the 2026-11 edition and a clock schedule, a Cowork scheduled task's fields too.
 */
import { clock, scheduleInWords } from './cron.js';
import { expectedOutput } from './intent.js';
import type { Schedule } from './schedule.js';
import type { HandoffStep } from './types.js';
import type { Work } from './work.js';
import { asSentence, firstSentence, listInWords, oneLine, shortName } from './words.js';

const NUMBERS = /\b(?:numbers?|figures?|totals?|revenue|sales|deals?|budget|costs?|prices?|kpis?|metrics|forecast|invoices?|expenses?|payroll|\d[\d,.]*%?)\b/i;
const DATES = /\b(?:last|this|next)\s+(?:week|month|quarter|year)\b|\byesterday\b|\btoday\b|\bq[1-4]\b/i;
const SLIDES = /\b(?:slides?|deck|presentation)\b/i;
const ORGANISE = /\b(?:organi[sz]e|sort|rename|move|tidy|file\s+away|de-?duplicate|clean\s+up)\b/i;

/** The checks a person would make before calling it done. */
function checksFor(work: Work): string[] {
  const { text, intent, mentions } = work;
  return [
    `Every input listed above was used; say which were missing, empty or unreadable.`,
    ...(NUMBERS.test(text) ? ['Every figure matches its source; say where each total comes from.'] : []),
    ...(DATES.test(text) ? ['The date range is the one asked for; state it at the top.'] : []),
    ...(SLIDES.test(text) ? ['Slide count and titles match what was asked; no slide is left with placeholder text.'] : []),
    ...(ORGANISE.test(text) ? ['No file is lost: as many files after as before, and a list of every move or rename.'] : []),
    ...(intent.sends ? [`Nothing is sent, posted or shared until I have seen the final wording and the recipients${mentions.channels.length > 0 ? ` (${listInWords([...mentions.channels])})` : ''}.`] : []),
    ...(intent.deletes ? ['Nothing is deleted without a list of what will go, for me to approve.'] : []),
  ];
}

/** Manual where the work sends or deletes; Auto otherwise, with deletions still asking. */
function approvalMode(work: Work): { mode: 'Manual' | 'Auto'; why: string } {
  const { sends, deletes } = work.intent;
  if (sends || deletes) {
    const what = [sends ? 'sends or posts things' : '', deletes ? 'deletes things' : ''].filter(Boolean).join(' and ');
    return { mode: 'Manual', why: `it ${what}, which cannot be taken back: approve each of those steps yourself` };
  }
  return { mode: 'Auto', why: 'it only reads and drafts; routine steps are approved by a classifier, and deleting files always asks' };
}

/** The brief to paste into Cowork; `goal` replaces the task's words (a scheduled task's, without the schedule). */
export function coworkBrief(work: Work, goal: string = work.text): string {
  const { first, rest } = firstSentence(goal);
  const { files, folders, connectors, channels } = work.mentions;
  const inputs = [
    ...(files.length > 0 ? [`- Files: ${files.join(', ')}`] : []),
    ...(folders.length > 0 ? [`- Folders: ${folders.join(', ')}`] : []),
    ...(connectors.length > 0 ? [`- Connectors: ${connectors.map((name) => (name === 'Slack' && channels.length > 0 ? `Slack (${channels.join(', ')})` : name)).join(', ')}`] : []),
    ...(channels.length > 0 && !connectors.includes('Slack') ? [`- Channels: ${channels.join(', ')}`] : []),
  ];
  const waits = work.waitsFor
    ? [`Before you start: this uses the result of step ${work.waitsFor.step} ("${oneLine(work.waitsFor.text)}", done in ${work.waitsFor.surface === 'code' ? 'Claude Code' : 'Cowork'}). Check that it is finished first, and use what it produced.`, '']
    : [];
  return [
    ...waits,
    `Goal: ${asSentence(first)}`,
    ...(rest !== '' ? [`Details: ${rest}`] : []),
    '',
    'Inputs:',
    ...(inputs.length > 0 ? inputs : ['- Only what is described above; ask me for anything missing before you start.']),
    '',
    `Output: ${expectedOutput(work.text)}.`,
    '',
    'Before you finish, check:',
    ...checksFor(work).map((check) => `- ${check}`),
  ].join('\n');
}

/** The cowork-task step: a brief to paste into a new task. */
export function coworkTaskStep(work: Work): HandoffStep {
  const brief = coworkBrief(work);
  const approval = approvalMode(work);
  const connect = work.mentions.connectors.length > 0 ? ` Connect ${listInWords([...work.mentions.connectors])} first, if you have not already.` : '';
  const text = [
    `Open Claude Cowork, start a new task and paste this brief.${connect}`,
    brief,
    `Approval mode: ${approval.mode} — ${approval.why}.`,
  ].join('\n\n');
  return { surface: 'cowork', kind: 'cowork-task', title: 'Paste this brief into a new Cowork task', text, copy: brief, files: [], span: work.span };
}

/** Cowork's frequencies are hourly, daily, weekly, weekdays or manual; anything else is said plainly. */
function frequency(schedule: Schedule): string {
  const { recurrence, time } = schedule;
  const at = time ? ` at ${clock(time.hour, time.minute)}` : '';
  switch (recurrence.kind) {
    case 'interval':
      return recurrence.unit === 'hour' && recurrence.every === 1
        ? 'Hourly'
        : `Hourly (the task asks for ${scheduleInWords(schedule)}; Cowork schedules at most hourly, so use Claude Code if it must be more often)`;
    case 'weekly': {
      const days = recurrence.days.join();
      if (days === '0,1,2,3,4,5,6') return `Daily${at}`;
      if (days === '1,2,3,4,5') return `Weekdays${at}`;
      if (recurrence.days.length === 1) return `Weekly, ${scheduleInWords(schedule).replace(/^every /, 'on ')}`;
      return `Weekly, one task per day (the task asks for ${scheduleInWords(schedule)}; Cowork schedules one day a week, so make one task for each day)`;
    }
    case 'monthly':
      return `Manual (the task asks for ${scheduleInWords(schedule)}; Cowork schedules hourly, daily, weekly or on weekdays, so start it yourself that day, or use Claude Code for a monthly run)`;
  }
}

/** The cowork-scheduled-task step: the brief plus the fields of a Cowork scheduled task. */
export function coworkScheduledStep(work: Work, schedule: Schedule, timeZone: string): HandoffStep {
  // The schedule is a field of the task; the prompt it runs says only what to do.
  const withoutSchedule = `${work.text.slice(0, schedule.span.start)} ${work.text.slice(schedule.span.end)}`.replace(/^[\s,;:.-]+/, '');
  const brief = coworkBrief(work, withoutSchedule);
  const approval = approvalMode(work);
  const folder = work.mentions.folders[0];
  const local = folder !== undefined || work.mentions.files.length > 0;
  const where = local
    ? `This one ${folder !== undefined ? `has a folder (${folder})` : `uses local files (${listInWords([...work.mentions.files])})`}, so it runs on your computer: keep the computer awake and the Claude desktop app open when it is due.`
    : `This one uses ${work.mentions.connectors.length > 0 ? `only connectors (${listInWords([...work.mentions.connectors])})` : 'no local files'}, so it can run in the cloud with the app closed.`;
  const text = [
    'In Cowork, open Scheduled → New task (or type /schedule in a task) and fill in:',
    [
      `Name: ${shortName(withoutSchedule)}`,
      'Prompt: the brief below',
      `Frequency: ${frequency(schedule)}${schedule.recurrence.kind === 'interval' ? '' : ` (${timeZone} time)`}`,
      `Folder: ${folder ?? 'none'}`,
      `Approval mode: ${approval.mode} — ${approval.why}`,
    ].join('\n'),
    brief,
    `Scheduled tasks run in Anthropic's cloud with the app closed, except those that need local files, the browser or computer use: they need the desktop app open and the computer awake, and a task with a folder set runs only locally. ${where}`,
  ].join('\n\n');
  return {
    surface: 'cowork',
    kind: 'cowork-scheduled-task',
    title: `Schedule it in Cowork: ${scheduleInWords(schedule)}`,
    text,
    copy: brief,
    files: [],
    span: work.span,
  };
}
