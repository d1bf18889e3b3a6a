/**
 * What a task names, for the prompts and briefs written from it: files and folders, the services
 * and connectors it works with, Slack channels, the commands it names. Each in the order the task
 * says it, once.
 */
import { stripEnd } from './words.js';

/** Connected services and apps Cowork reaches, by the words that name them. */
const CONNECTORS: readonly (readonly [name: string, pattern: RegExp])[] = [
  ['Slack', /\bslack\b/i],
  ['HubSpot', /\bhub\s?spot\b/i],
  ['Google Drive', /\bgoogle\s+drive\b|\bgdrive\b/i],
  ['Google Docs', /\bgoogle\s+docs?\b/i],
  ['Google Sheets', /\bgoogle\s+sheets?\b/i],
  ['Google Slides', /\bgoogle\s+slides\b/i],
  ['Google Calendar', /\bgoogle\s+calendar\b/i],
  ['Gmail', /\bgmail\b/i],
  ['Outlook', /\boutlook\b/i],
  ['Microsoft Teams', /\b(?:microsoft|ms)\s+teams\b/i],
  ['Excel', /\bexcel\b/i],
  ['Word', /\b(?:microsoft|ms)\s+word\b|\bword\s+(?:document|doc|file)\b/i],
  ['PowerPoint', /\bpower\s?point\b/i],
  ['Salesforce', /\bsalesforce\b/i],
  ['Zendesk', /\bzendesk\b/i],
  ['Intercom', /\bintercom\b/i],
  ['Notion', /\bnotion\b/i],
  ['Confluence', /\bconfluence\b/i],
  ['Jira', /\bjira\b/i],
  ['Asana', /\basana\b/i],
  ['Trello', /\btrello\b/i],
  ['Linear', /\blinear\s+(?:issues?|tickets?|board|project)\b/i],
  ['Airtable', /\bairtable\b/i],
  ['Dropbox', /\bdropbox\b/i],
  ['OneDrive', /\bone\s?drive\b/i],
  ['SharePoint', /\bsharepoint\b/i],
  ['Box', /\bbox\s+(?:folder|drive|account)\b/i],
  ['DocuSign', /\bdocusign\b/i],
  ['Mailchimp', /\bmailchimp\b/i],
  ['Zoom', /\bzoom\b/i],
  ['Calendly', /\bcalendly\b/i],
  ['QuickBooks', /\bquickbooks\b/i],
  ['Xero', /\bxero\b/i],
  ['Workday', /\bworkday\b/i],
  ['BambooHR', /\bbamboo\s?hr\b/i],
  ['Greenhouse', /\bgreenhouse\b/i],
  ['Figma', /\bfigma\b/i],
  ['Canva', /\bcanva\b/i],
  ['Miro', /\bmiro\b/i],
  ['Stripe', /\bstripe\b/i],
  ['Shopify', /\bshopify\b/i],
];

/** Services and systems a code task works on. */
const SERVICES: readonly (readonly [name: string, pattern: RegExp])[] = [
  ['GitHub', /\bgithub\b/i],
  ['GitLab', /\bgitlab\b/i],
  ['AWS', /\baws\b|\bamazon\s+web\s+services\b/i],
  ['S3', /\bs3\b/i],
  ['Lambda', /\blambdas?\b/i],
  ['Google Cloud', /\bgcp\b|\bgoogle\s+cloud\b/i],
  ['Azure', /\bazure\b/i],
  ['Kubernetes', /\bkubernetes\b|\bk8s\b/i],
  ['Docker', /\bdocker\b/i],
  ['Terraform', /\bterraform\b/i],
  ['PostgreSQL', /\bpostgres(?:ql)?\b/i],
  ['MySQL', /\bmysql\b/i],
  ['Redis', /\bredis\b/i],
  ['MongoDB', /\bmongo(?:db)?\b/i],
  ['Kafka', /\bkafka\b/i],
  ['Elasticsearch', /\belastic\s?search\b/i],
  ['Sentry', /\bsentry\b/i],
  ['Datadog', /\bdatadog\b/i],
  ['Vercel', /\bvercel\b/i],
  ['Heroku', /\bheroku\b/i],
  ['Supabase', /\bsupabase\b/i],
  ['Firebase', /\bfirebase\b/i],
  ['Stripe', /\bstripe\b/i],
  ['Twilio', /\btwilio\b/i],
  ['SendGrid', /\bsendgrid\b/i],
  ['staging', /\bstaging\b/i],
  ['production', /\bproduction\b|\bprod\b/i],
];

/** Parts of a system named by what they are: "the billing service", "the payments module". */
const COMPONENT =
  /\b(?:the|our|a|its)\s+((?:[\w-]+\s+){0,2}?(?:service|module|api|endpoint|package|library|repo|repository|pipeline|database|db|cluster|server|app|function|component|class|script|job|workflow|bucket|queue|table|schema|migration|export|importer|exporter|parser|page|form|backend|frontend|cli)s?)\b/gi;

/** Words that end a component name's run of modifiers when they come first ("the failing tests"). */
const NOT_MODIFIERS = new Set(['failing', 'broken', 'new', 'old', 'whole', 'same', 'other', 'entire', 'following', 'this', 'that', 'and', 'or', 'to', 'of', 'in', 'for', 'with']);

/** Extensions that make a word a file name. */
const EXTENSIONS = new Set(
  'py ipynb js mjs cjs ts tsx jsx java c cc cpp h hpp go rs rb php sh bash ps1 swift kt scala cs sql lua vue svelte css scss html json jsonl yaml yml toml ini cfg conf env lock tf xml log md txt csv tsv pdf xlsx xlsm xls ods docx doc odt rtf pptx ppt odp key pages numbers png jpg jpeg gif svg mp3 mp4 mov zip eml ics'.split(' '),
);
/** The name before the extension: a path of word characters, dots, dashes and slashes. */
const FILE_NAME = /^(?:~?\/)?[\w./-]+$/;

/** A file by name or path, as a whole word: `src/export/csv.ts`, `Q3-budget.xlsx`, `~/notes/plan.md`. */
function isFileWord(word: string): boolean {
  const dot = word.lastIndexOf('.');
  if (dot <= 0 || !EXTENSIONS.has(word.slice(dot + 1).toLowerCase())) return false;
  const name = word.slice(0, dot);
  return FILE_NAME.test(name) && /[\w-]/.test(name.charAt(name.length - 1)) && !name.endsWith('/');
}
/** A folder as a path: `~/Reports`, `/var/log/`. */
const FOLDER_WORD = /^(?:~\/|\/)[\w./-]+$/;
/** "Node.js", "Vue.js": a framework's name, not a file. */
const FRAMEWORK = /^[A-Z][a-z]+\.js$/;
/** A folder by name: "the Finance shared drive", "the \"Client Contracts\" folder", "a folder called Drafts". */
const NAMED_FOLDER =
  /\b(?:the|my|our|a)\s+((?:["“][^"”\n]{1,60}["”]|[\w-]+(?:\s+[\w-]+)?)\s+(?:folder|directory|drive|shared\s+drive))\b|\b(?:folder|directory)\s+(?:called|named)\s+["“]?([^"”\n,.]{1,60})/gi;
/** What separates words that could be paths: one pass over the text, no backtracking. */
const WORD_BREAK = /[\s"'“”‘’`,;()<>[\]{}]+/;
/** Slack channels: `#sales`. */
const CHANNEL = /(?:^|[\s(])(#[a-z0-9][a-z0-9_-]{0,79})\b/gi;
/** Commands in backticks: the task's own words for what to run. */
const BACKTICKED = /`([^`\n]{1,120})`/g;
/** Commands written out without backticks. */
const COMMAND =
  /\b(?:npm\s+(?:test|ci|install|run\s+[\w:-]+)|pnpm\s+(?:test|install|run\s+[\w:-]+)|yarn\s+(?:test|install|run\s+[\w:-]+|[\w:-]+)|npx\s+[\w@/.-]+|python3?\s+-m\s+[\w.]+|pytest(?:\s+[\w./-]+)?|go\s+(?:test|build|vet)\s+[\w./-]+|cargo\s+(?:test|build|clippy|fmt)|make(?:\s+[a-z][\w-]*)?|mvn\s+[\w:-]+|\.\/gradlew\s+[\w:-]+|gradle\s+[\w:-]+|bundle\s+exec\s+[\w-]+|rspec|tox|ruff(?:\s+check)?|eslint|tsc|terraform\s+(?:plan|validate|fmt)|docker\s+compose\s+\w+|dotnet\s+(?:test|build))\b/g;
/** Words that look like commands but say something else in prose. */
const NOT_COMMANDS = /^(?:make(?:\s+(?:sure|it|the|a|an|this|that|them|me|us|every|all|some|no|any|certain|changes?|something|room|space|time|use|way|one|more|less|each|our|my|your|its|their|his|her|clear|progress|sense))?)$/i;

export interface Mentions {
  readonly files: readonly string[];
  readonly folders: readonly string[];
  readonly connectors: readonly string[];
  readonly services: readonly string[];
  readonly components: readonly string[];
  readonly channels: readonly string[];
  readonly commands: readonly string[];
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Names from a table, in the order the text first says them. */
function named(text: string, table: readonly (readonly [string, RegExp])[]): string[] {
  return unique(
    table
      .map(([name, pattern]) => ({ name, at: text.search(pattern) }))
      .filter((found) => found.at >= 0)
      .sort((a, b) => a.at - b.at)
      .map((found) => found.name),
  );
}

function components(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(COMPONENT)) {
    const words = (match[1] ?? '').split(/\s+/);
    while (words.length > 1 && NOT_MODIFIERS.has((words[0] ?? '').toLowerCase())) words.shift();
    found.push(`the ${words.join(' ')}`);
  }
  return unique(found);
}

function commands(text: string): string[] {
  const found: { at: number; command: string }[] = [];
  for (const match of text.matchAll(BACKTICKED)) {
    const command = (match[1] ?? '').trim();
    if (/^[\w./-]+(?:\s|$)/.test(command) && !/\.\w+$/.test(command)) found.push({ at: match.index, command });
  }
  for (const match of text.matchAll(COMMAND)) {
    if (!NOT_COMMANDS.test(match[0])) found.push({ at: match.index, command: match[0].replace(/\s+/g, ' ') });
  }
  const ordered = unique(found.sort((a, b) => a.at - b.at).map((entry) => entry.command));
  // "npm run test:unit" inside backticks and again bare: keep one; a command inside a longer one goes.
  return ordered.filter((command) => !ordered.some((other) => other !== command && other.startsWith(`${command} `)));
}

/**
 * Everything a task names that a prompt or brief should name too.
 * @example findMentions('Post the Q3-budget.xlsx totals to #finance on Slack').channels // ['#finance']
 */
export function findMentions(text: string): Mentions {
  const words = text.split(WORD_BREAK).map((word) => stripEnd(word, '.:!?'));
  const files = unique(words.filter((word) => word.length <= 260 && isFileWord(word) && !FRAMEWORK.test(word)));
  const folders = unique([
    ...words.filter((word) => word.length > 1 && word.length <= 260 && FOLDER_WORD.test(word) && !isFileWord(word)),
    ...[...text.matchAll(NAMED_FOLDER)].map((match) => (match[1] ?? match[2] ?? '').trim()),
  ]);
  return {
    files,
    folders,
    connectors: named(text, CONNECTORS),
    services: named(text, SERVICES),
    components: components(text),
    channels: unique([...text.matchAll(CHANNEL)].map((match) => match[1] ?? '')),
    commands: commands(text),
  };
}
