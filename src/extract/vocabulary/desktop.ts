/**
 * Operating a desktop by hand: the user's own folders as places, the file manager, apps named
 * by what they are ("the clock app", "a media player"), the system's and the browser's settings,
 * and clicking through a GUI. File words ("move the files", "sort by date modified", "zip the
 * folder") are shell work in a terminal and chores in a file manager; these words say which.
 * Terminal words (the current directory, recursively, paths, command names) are in code.ts and
 * system.ts, and outweigh these: a desktop word only counts where the rules see no code work.
 */
import type { VocabularyEntry } from '../lexicon.js';
import { masks, terms } from './build.js';

/** The folders a desktop gives every user, by their usual names. */
const USER_FOLDER = 'desktop|documents|downloads|pictures|music|videos|photos|movies';
/** Apps named by what they do, as desktops and phones ship them. */
const APP_KIND =
  'clock|alarm|alarms|calculator|calendar|camera|photos|photo|mail|maps|weather|music|notes|settings|sticky_notes|voice_recorder|sound_recorder|screenshot|snipping|media|video|movies|podcast|paint|drawing|contacts|reminders|files';

export const DESKTOP_VOCABULARY: readonly VocabularyEntry[] = [
  ...terms('desktop', 1.0, [
    // The user's own folders, named as places ("the Downloads folder", "on the Desktop", "my Pictures").
    'desktop', `${USER_FOLDER} folder|folders|directory|library`, `my ${USER_FOLDER}`,
    '=Desktop', '=Documents', '=Downloads', '=Pictures', '=Music', '=Videos',
    // The file manager and what a person does in it.
    'file explorer', 'windows explorer', '=Finder', 'nautilus', 'file manager', 'file browser',
    'recycle bin', 'trash', 'quick access', 'details view', 'list view', 'icon view', 'thumbnail view', 'preview pane',
    'desktop shortcut', 'shortcut on|to the desktop', 'pin|pinned to the? taskbar|dock|start|start_menu',
    // Apps named by what they are.
    `${APP_KIND} app|application|player|viewer|editor`, 'media player', 'music player', 'video player', 'photo viewer',
    'image viewer', 'notepad', 'wordpad', 'textedit', 'ms paint', 'mspaint', '=Paint', 'control panel', 'system tray',
    'taskbar', 'start menu', 'menu bar', 'world clock', 'world clocks', 'stopwatch', 'alarm', 'alarms',
    'hour|minute|second timer', 'timer for ** hour|hours|minute|minutes|seconds',
    // The system's own settings.
    'wallpaper', 'desktop background', 'lock screen', 'screen saver', 'screensaver', 'night light', 'night mode',
    'dark mode', 'light mode', 'do not disturb', 'focus assist', 'notifications', 'notification settings',
    'time zone', 'date and time', 'bluetooth', 'wi fi', 'wifi', 'airplane mode', 'storage sense',
    'screen resolution', 'display settings', 'sound settings', 'power settings', 'sleep settings', 'power plan',
    'default browser', 'default app', 'default apps', 'mouse pointer', 'cursor size', 'keyboard layout', 'input language',
    'display language', 'accessibility settings', 'magnifier', 'narrator', 'high contrast', 'text size',
    'settings app', 'windows settings', 'system settings', 'system preferences', 'quick settings', 'action center',
    'control center', 'spotlight search', 'take|taking a screenshot', 'sticky notes', 'open settings', 'in|from|under the settings', 'in|from|under settings',
    // The browser's own settings, used as a person uses them.
    'browser settings', 'home page', 'startup page', 'new tab page', 'in|on|from the|my browser', 'msedge', 'microsoft edge',
    // Pointing and clicking.
    'click', 'double click', 'right click', 'drag and drop', 'checkbox', 'check box', 'toolbar', 'ribbon', 'context menu',
    'dialog box',
  ]),
  // A desktop or remote desktop built or run as software stays code's business.
  ...masks('desktop', ['remote desktop', 'desktop environment', 'desktop app|apps|application|applications|client|version|build|entry']),
];
