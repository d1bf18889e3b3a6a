/** Office apps and connected services Cowork works with directly. */
import type { VocabularyEntry } from '../lexicon.js';
import { terms } from './build.js';

export const OFFICE_VOCABULARY: readonly VocabularyEntry[] = [
  ...terms('office', 1.0, [
    'excel', 'powerpoint', 'microsoft word', 'ms word', 'word document', 'word doc', 'word file', 'in word',
    'into word', '=Word', 'outlook', 'onenote', 'microsoft teams', 'ms teams', 'office 365', 'microsoft 365',
    'libreoffice', 'libre office', 'openoffice', 'calc', 'impress', 'libreoffice writer', 'keynote', 'numbers app',
    'pages app', 'google docs', 'google doc', 'google sheets', 'google sheet', 'google slides', 'google drive',
    'google calendar', 'google forms', 'gmail', 'slack', 'hubspot', 'salesforce', 'zendesk', 'intercom',
    'notion', 'asana', 'trello', 'monday.com', 'airtable', 'dropbox', 'onedrive', 'sharepoint', 'box folder',
    'docusign', 'mailchimp', 'zoom', 'calendly', 'quickbooks', 'xero', 'workday', 'bamboohr', 'greenhouse',
    'thunderbird', 'rocketchat', 'rocket chat', 'owncloud', 'nextcloud', '=Plane', 'canva', 'figma', 'miro',
    'gimp', 'photoshop', 'vlc', 'chrome', 'firefox', 'safari', 'edge browser', 'adobe acrobat', 'acrobat',
  ]),
  ...terms('office', 0.6, ['calendar invite', 'channel', 'drive', 'docs', 'sheets']),
];
