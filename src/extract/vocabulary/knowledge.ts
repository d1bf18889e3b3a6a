/**
 * Words of knowledge work: documents, spreadsheets, decks, reports, mail and calendars,
 * organising files, web and admin chores, and the operations people do inside those apps.
 */
import type { VocabularyEntry } from '../lexicon.js';
import { terms } from './build.js';

/** Things made to hand over. Alternatives are single words: a phrase's `|` never spans a space. */
const DELIVERABLE =
  'document|doc|deck|slides|presentation|report|letter|memo|newsletter|announcement|brochure|spreadsheet|workbook|summary|email|proposal|agenda|overview|flyer|poster|faq|handbook|writeup|notes|minutes|invoice|post|update|briefing|pager|release|notice|statement|apology|reply|response|faq|guide|checklist';

export const KNOWLEDGE_VOCABULARY: readonly VocabularyEntry[] = [
  // Deliverables and apps of office work.
  ...terms('knowledge', 1.0, [
    'spreadsheet', 'workbook', 'worksheet', 'pivot table', 'pivot chart', 'slide deck', 'deck', 'slides',
    'slide', 'presentation', 'document', 'report', 'memo', 'letter', 'brochure', 'newsletter', 'flyer', 'poster',
    'proposal', 'agenda', 'meeting notes', 'minutes', 'invoice', 'receipt', 'expense', 'expense report', 'budget',
    'reconcile', 'reconciliation', 'resume', 'cv', 'cover letter', 'email', 'e mail', 'inbox', 'reply',
    'calendar', 'meeting', 'meetings', 'appointment', 'invite', 'onboarding packet', 'announcement', 'blog post',
    'press release', 'summary', 'summarize', 'summarise', 'draft', 'proofread', 'translate', 'spell check',
    'table of contents', 'page number', 'header and footer', 'footnote', 'bullet points', 'heading',
    'paragraph', 'font', 'font size', 'bold', 'italic', 'italicize', 'italicise', 'underline', 'strikethrough',
    'highlight', 'line spacing', 'indent', 'margin', 'margins', 'text box', 'word count', 'page break',
    'landscape orientation', 'cell', 'cells', 'column', 'columns', 'row', 'rows', 'formula', 'chart',
    'bar chart', 'line chart', 'pie chart', 'scatter chart', 'scatter plot', 'histogram', 'conditional formatting',
    'freeze panes', 'freeze the', 'autofill', 'fill handle', 'sort', 'filter', 'subtotal', 'vlookup', 'sumif',
    'countif', 'averageif', 'sheet', 'tab', 'legend', 'axis', 'data labels', 'trendline', 'gridlines', 'transition',
    'animation', 'slide master', 'speaker notes', 'template', 'form', 'survey', 'questionnaire', 'contract',
    'policy document', 'handbook', 'faq', 'timeline', 'schedule a|the|an meeting|call|interview|appointment|review|session',
    'book a|the room|flight|hotel|table|meeting', 'travel', 'itinerary', 'reimbursement', 'payroll', 'timesheet',
    'attendance', 'headcount', 'vacation', 'leave request', 'hiring', 'candidate', 'candidates', 'interview',
    'onboarding', 'offboarding', 'performance review', 'org chart', 'job description', 'job posting', 'salary',
    'salaries', 'employee', 'employees', 'customer', 'customers', 'vendor', 'vendors', 'supplier', 'quote',
    'purchase order', 'procurement', 'inventory', 'sales', 'revenue', 'profit', 'forecast', 'quarterly',
    'financial statement', 'balance sheet', 'income statement', 'cash flow', 'tax', 'taxes', 'accounts payable',
    'accounts receivable', 'bookkeeping', 'ledger', 'grade', 'grading', 'homework', 'essay', 'paper',
    'research paper', 'literature review', 'citation', 'bibliography', 'pdf', 'scanned', 'photos', 'photo',
    'image', 'picture', 'pictures', 'video', 'audio', 'music', 'playlist', 'subtitle', 'subtitles', 'podcast',
    'brightness', 'contrast', 'saturation', 'crop', 'layer', 'layers', 'canvas', 'resize the image',
    'browser', 'bookmark', 'bookmarks', 'tabs', 'cookies', 'browsing history', 'search engine', 'homepage',
    'online shopping', 'cart', 'checkout', 'order', 'flight', 'flights', 'hotel', 'restaurant', 'recipe',
    'weather', 'news article', 'article', 'wikipedia', 'contacts', 'address book', 'signature', 'attachment', 'attach',
    'mailbox', 'folder', 'folders', 'subfolder', 'subfolders', 'desktop', 'downloads folder', 'documents folder',
    'organize', 'organise', 'tidy', 'rename', 'declutter', 'shared drive', 'shared folder', 'files',
    'admin', 'paperwork', 'compile a|the|an list|report|summary|table|comparison|overview|document|brief',
    'comparison table', 'research', 'notes', 'message', 'messages', 'chat', 'channel', 'post a|the message|update|summary',
    'respond to', 'feedback', 'review the', 'approve', 'sign', 'fill out', 'fill in', 'wallpaper', 'background',
    'volume', 'brightness', 'notifications', 'do not disturb', 'bluetooth', 'time zone', 'trash',
    'recycle bin', 'screen', 'display', 'battery', 'mouse', 'keyboard shortcut', 'printer', 'print',
    'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'csv file', 'pdf file',
  ]),
  // Making a thing to hand over: the mark of a piece of office work that stands on its own.
  ...terms('deliverable', 1.0, [
    `write|draft|prepare|create|make|build|design|compose|produce|assemble ** ${DELIVERABLE}`,
    `put together ** ${DELIVERABLE}`,
    `write up ** ${DELIVERABLE}`,
  ]),
  // Everyday verbs and nouns that lean to office work but are common everywhere.
  ...terms('knowledge', 0.4, [
    'table', 'list', 'data', 'numbers', 'total', 'average', 'percentage', 'sum', 'count', 'format',
    'formatting', 'align', 'color', 'colour', 'style', 'title', 'caption', 'label', 'page', 'pages', 'text',
    'write up', 'write', 'edit', 'review', 'share', 'send', 'forward', 'save as', 'export', 'import', 'convert',
    'copy', 'paste', 'move', 'delete', 'open', 'find', 'search', 'look up', 'check', 'fill', 'insert', 'add a',
    'team', 'manager', 'colleague', 'client', 'clients', 'department', 'company', 'project', 'plan',
    'week', 'month', 'quarter', 'year', 'date', 'dates', 'name', 'names', 'price', 'prices', 'cost',
  ]),
];
