/**
 * Terse terminal and system-administration requests name no tool or language, only what an
 * administrator looks after: users and groups, permissions and ownership, processes, processors
 * and memory, disks, volumes and mounts, sockets and ports, packages, services, shell settings,
 * variables, the current directory. Desktop settings with the same words (the sound volume, the
 * screen) stay Cowork.
 * Each phrasing is checked with the rules alone and with the shipped learned signal.
 */
import { describe, it } from 'vitest';
import { expectBothWays } from '../helpers.js';

describe('system administration in plain words is code work', () => {
  it.each([
    ['Add the user maria to the wheel group.'],
    ['Put the account deploy into the docker group.'],
    ['Make report.sh executable.'],
    ['Change the owner of /srv/www to the web user.'],
    ['Give the owner execute permission on the backup script.'],
    ['Find every file owned by root in my home directory.'],
    ['List the running processes sorted by memory use.'],
    ['How many CPUs does this machine have?'],
    ['Show how much memory is free.'],
    ['What is the load average right now?'],
    ['Which disk is almost full?'],
    ['Show the free space on every partition.'],
    ['List the mounted volumes and how big they are.'],
    ['Unmount the external drive.'],
    ['Format the new disk as ext4.'],
    ['What is listening on port 5432?'],
    ['List the open sockets and the ports they listen on.'],
    ['Restart the ssh service.'],
    ['Disable the printing service so it does not start at boot.'],
    ['Which packages are installed that start with lib?'],
    ['Make an alias for the command that lists files by size.'],
    ['Set JAVA_HOME to /usr/lib/jvm/java-17 for every login session.'],
    ['Print the value of the HOME variable.'],
    ['Show all environment variables.'],
    ['Print the name of the current directory.'],
    ['Count the files in this directory and the ones below it.'],
    ['How long has this machine been up?'],
    ['Add a swap file of 2 GB.'],
    ['Show the logged-in users.'],
  ])('%s', (text) => {
    expectBothWays(text, 'code');
  });
});

describe('desktop settings and office chores that share its words stay Cowork', () => {
  it.each([
    ['Turn the volume down to half.'],
    ['Make the screen brighter.'],
    ['Set my time zone to Berlin.'],
    ['Turn on Bluetooth and pair my headphones.'],
    ['Change the desktop wallpaper to the beach photo.'],
    ['Mute the sound and turn on do not disturb.'],
    ['Add Maria to the marketing group chat.'],
    ['Give Sam edit access to the shared budget spreadsheet.'],
    ['How much memory does the new phone have?'],
    ['Write a memo to the team about the new parking permissions.'],
    ['Update the process document for onboarding new hires.'],
    ['Hire a cleaning service for the office.'],
    ['Write a note in memory of our colleague.'],
  ])('%s', (text) => {
    expectBothWays(text, 'cowork');
  });
});
