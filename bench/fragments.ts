/**
 * Phrase fragments the task generator combines. Written for the bench; no corpus text is reused,
 * so the bench never tunes the engine to the data it is scored on.
 */

export const OPENERS = [
  'Hi,',
  'Quick one:',
  'When you get a chance,',
  'For the Q3 planning cycle,',
  'Before the offsite next week,',
  'Please',
  'Can you',
  'I need help with this:',
  'Following up on yesterday,',
  'Small request:',
] as const;

export const CODE_WORK = [
  'fix the flaky integration test in the payments service',
  'refactor the auth middleware to use async handlers',
  'deploy the API to staging and check the health endpoint',
  'write a bash script that rotates the nginx logs',
  'debug the memory leak in the image resize worker',
  'set up continuous integration for the monorepo on GitHub Actions',
  'migrate the Postgres database to version 16 without downtime',
  'install Terraform and provision two new servers in the cloud account',
  'bump the React version and fix the resulting type errors',
  'push the hotfix branch to GitHub and open a pull request',
  'add retries with backoff to the webhook client',
  'profile the slow search query and add the missing index',
  'run the test suite in parallel across all twelve packages',
  'clean up the Docker images on the build server',
] as const;

export const COWORK_WORK = [
  'turn these meeting notes into a ten slide deck',
  'clean up the budget spreadsheet and add a summary tab',
  'draft a customer letter about the price change',
  'organise the shared folders by client name and year',
  'summarise the quarterly board report on one page',
  'build a PowerPoint for the Friday all-hands',
  'reply to the vendor emails that are waiting in Gmail',
  'sort my downloads folder into invoices and receipts',
  'update the hiring tracker in Excel with this week\'s interviews',
  'write a memo comparing three office furniture suppliers',
  'prepare the agenda and briefing document for the client visit',
  'rename the scanned contracts so the dates come first',
  'turn the survey answers into a short Word report with charts',
  'book the team lunch and put it on everyone\'s calendar',
] as const;

export const CONNECTORS = [
  'post the summary in the #sales Slack channel',
  'pull last week\'s deals from HubSpot',
  'save the result to the team Google Drive',
  'send it to the leadership list from Gmail',
  'attach the file to the calendar invite',
] as const;

export const SCHEDULES = [
  'every Monday morning',
  'each night at 2am',
  'on every commit to main',
  'whenever the nightly export lands in the bucket',
  'once a month after the books close',
  'automatically every hour with nobody watching',
] as const;

export const COMPLIANCE = [
  'the data includes patient records covered by HIPAA',
  'we need a full audit trail for the SOX review',
  'the files contain card numbers that fall under PCI',
  'our SOC 2 auditors will ask for the logs',
] as const;

export const NEGATIONS = [
  'no coding needed',
  'I don\'t want to touch the terminal',
  'this is not a code change',
  'without writing any scripts',
  'nothing here involves the servers',
] as const;

export const OPERATORS = [
  'I\'m not technical and would rather watch the steps happen',
  'our marketing lead will be the one running this',
  'an engineer will review the diff before it ships',
  'I live in the terminal so a CLI is fine',
] as const;

export const DETAILS = [
  'keep the tone friendly and short',
  'use the numbers from the attached export',
  'make sure nothing in production breaks',
  'the deadline is Thursday afternoon',
  'double-check the totals against last quarter',
  'there are about two hundred files to go through',
  'mention the open risks at the end',
  'add a short changelog entry when you are done',
  'ask me before deleting anything',
  'the previous attempt stalled halfway',
  'my manager wants to see a draft first',
  'it should take no more than an hour',
  'feel free to suggest a better structure',
  'the old version is in the archive folder',
  'leave comments where something looks off',
] as const;

export const JOINERS = ['then', 'and after that', 'once that is done,', 'also'] as const;
