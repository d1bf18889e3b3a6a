/** Each rule of the contract fires on plain phrasing, in several wordings and inflections. */
import { describe, expect, it } from 'vitest';
import { decideText, ruleIds } from './helpers.js';

describe('code.code-or-infra', () => {
  it.each([
    'Deploy the billing service to production.',
    'We deployed the new version yesterday and the login page is broken; roll it back.',
    "I'm deploying the app to staging tonight and need the migration checked first.",
    'Redeploy the marketing site after updating the env vars.',
    'Refactor the auth module and add unit tests.',
    'Debug the memory leak in the worker process.',
    'Install Node 20 and pnpm on the new laptop.',
    'Run these terminal commands to rotate the SSH keys on our servers.',
    'Review my pull request and suggest changes.',
    'Open a PR that fixes the typo in the README.',
    'Review the PR for the payment fix.',
    'Push the hotfix branch to GitHub.',
    'Set up CI for the repo so the tests run on GitHub Actions.',
    'Back up the Postgres database to an S3 bucket.',
    'Write a bash script that renames the log files.',
  ])('fires for %j and sends it to Code', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).toContain('code.code-or-infra');
  });
});

describe('cowork.knowledge-work', () => {
  it.each([
    'Clean up the sales spreadsheet and add a totals row.',
    'Merge the two sheets into one and highlight the duplicates.',
    'Build a workbook that tracks vacation days per employee.',
    'Draft a memo to staff about the new parking policy.',
    'Organize my Downloads folder into subfolders by file type.',
    'Rename the scanned receipts by date and vendor.',
    'Fill out the expense reimbursement form for my trip.',
    'Turn these meeting notes into a slide deck.',
    'Proofread the cover letter and fix the formatting.',
  ])('fires for %j and sends it to Cowork', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('cowork');
    expect(ruleIds(decision)).toContain('cowork.knowledge-work');
    expect(ruleIds(decision)).not.toContain('code.code-or-infra');
  });
});

describe('cowork.office-and-connectors', () => {
  it.each([
    'Update the deck in PowerPoint with the new logo.',
    'Put the survey results in an Excel chart.',
    'Send the meeting summary to the team on Slack.',
    'Log the new leads from the webinar in HubSpot.',
    'Find the contract in Google Drive and email it to the client from Gmail.',
    'Put a review slot on my Google Calendar for Friday.',
    'Reformat the proposal in Word with our letterhead.',
  ])('fires for %j and sends it to Cowork', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('cowork');
    expect(ruleIds(decision)).toContain('cowork.office-and-connectors');
  });
});

describe('code.automation', () => {
  it.each([
    'Every Monday at 9am, email the team the sales pipeline summary.',
    'Each weekday morning, collect the support tickets into a spreadsheet.',
    'Nightly, export the HubSpot contacts to a Google Sheet.',
    'On every push to main, rebuild the documentation site.',
    'Whenever a file lands in the invoices folder, add it to the ledger workbook.',
    'Set up a cron job that archives the old reports.',
    'Run the inventory sync every 15 minutes.',
    'Every Monday, refresh the KPI slide deck for leadership.',
  ])('fires for %j and sends it to Code', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).toContain('code.automation');
  });
});

describe('code.compliance', () => {
  it.each([
    'Summarize the patient discharge notes into a handout; this is HIPAA data.',
    'Mask the card numbers in the export before it leaves; we are under PCI DSS.',
    'Prepare the SOX evidence binder for the auditors.',
    'Collect the SOC 2 evidence screenshots into one folder.',
    'Every change to the vendor list must leave an audit trail.',
    'Build a dashboard of PHI access events for the privacy office.',
  ])('fires for %j and sends it to Code', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).toContain('code.compliance');
  });
});

describe('code.unsandboxed-or-heavy', () => {
  it.each([
    'Give it root access to scan the entire disk for duplicate photos.',
    'Run 50 agents in parallel to check each of our help-center articles for broken links.',
    'Process millions of rows of log data for anomalies.',
    'Crawl the whole file system and list every file over a gigabyte.',
    'Spin up 20 parallel agents to triage our open GitHub issues.',
  ])('fires for %j and sends it to Code', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('code');
    expect(ruleIds(decision)).toContain('code.unsandboxed-or-heavy');
  });
});

describe('cowork.non-technical-operator', () => {
  it.each([
    "I'm not technical; please sort the shared drive and let me watch each step.",
    "I'm not a programmer, so I want to see what it's doing while it tidies my inbox.",
    'No terminal please: rename the photos in this folder by date.',
    'I want to watch it work as it fills in the budget spreadsheet.',
  ])('fires for %j and sends it to Cowork', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('cowork');
    expect(ruleIds(decision)).toContain('cowork.non-technical-operator');
  });
});

describe('cowork.sandboxed', () => {
  it.each([
    "Keep it in a sandbox so it can't touch anything else: sort these PDFs into folders.",
    'I want a locked down environment with a limited blast radius while you edit these slides.',
    'Use an isolated environment to tidy the vendor contracts folder.',
  ])('fires for %j and sends it to Cowork', (text) => {
    const decision = decideText(text);
    expect(decision.surface).toBe('cowork');
    expect(ruleIds(decision)).toContain('cowork.sandboxed');
  });
});
