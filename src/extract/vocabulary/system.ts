/**
 * System administration said in plain words, with no tool or language named: users and groups,
 * permissions and ownership, processes, processors and memory, disks, volumes and mounts,
 * sockets and ports, packages and services, shell settings, variables and the environment.
 * Terse terminal requests ("which disk is almost full", "add the user to the wheel group") use
 * these words and nothing else; desktop settings (sound volume, screen brightness) stay office words.
 */
import type { VocabularyEntry } from '../lexicon.js';
import { masks, terms } from './build.js';

/** Things a machine has that its administrator looks after. */
const RESOURCE = 'memory|ram|swap|disk|disks|partition|partitions|filesystem|filesystems|inode|inodes|cpu|cpus|processor|processors|cores';
/** What is asked about a resource. */
const STATE = 'free|used|available|left|full|usage|consumption|utilization|utilisation|load';
/** Storage that is mounted, partitioned or formatted, never the sound level. */
const STORAGE_VOLUME = 'mounted|unmounted|disk|storage|logical|lvm|encrypted|persistent|docker|ebs|raid|boot|root|data';

export const SYSTEM_VOCABULARY: readonly VocabularyEntry[] = [
  ...terms('code', 1.2, [
    // Users and groups, the way an administrator speaks of them.
    'user|users * to|from|into|in the|a ** group|groups', 'primary|secondary|supplementary group|groups',
    'wheel|sudo|sudoers|admin|staff group', 'group ownership', 'group owner', 'user id', 'group id', 'uid', 'gid',
    'useradd', 'adduser', 'usermod', 'userdel', 'groupadd', 'passwd', 'who is|are logged in|on',
    'logged in users', 'currently logged in',
    // Permissions and ownership.
    'execute permission|permissions|access', 'read|write|execute bit|bits', 'setuid', 'setgid', 'sticky bit',
    'world readable|writable|writeable', 'group readable|writable|writeable', 'octal mode',
    'readable|writable|writeable|executable by ** owner|group|others|everyone|anyone|nobody|all_users|other_users',
    'owned by ** root|user|users', 'owner and group',
    // Processes, processors and memory.
    'running|background|foreground|zombie|child|parent|system|stopped process|processes', 'process list',
    'process tree', 'process name', 'processes running', 'processes sorted|using|owned', 'load average', 'cpus',
    'cpu cores', 'number of cores|processors|cpus', 'processor cores', 'logical cores', 'physical cores',
    'free|used|available|total|physical|virtual|system|swap memory|ram', 'memory|ram is|are free|used|available|left|full',
    'memory usage|consumption|utilization|utilisation', `${RESOURCE} ${STATE}`, 'disk|disks|partition|partitions|filesystem is|are almost|nearly|getting? full', 'swap space|file|partition|usage',
    'machine|server|box|host|system|computer has? been up|running', 'since the last boot|reboot', 'at|on boot|startup', 'reboot', 'boot time',
    // Disks, volumes and mounts.
    'unmount', 'umount', 'remount', 'mount point', 'mount points', 'block device', 'block devices',
    'disk partition', 'disk partitions', 'partition table', 'hard disk', 'free space on ** disk|disks|partition|partitions|filesystem',
    `${STORAGE_VOLUME} volume|volumes`, 'volume group', 'ext4', 'ext3', 'xfs', 'btrfs', 'ntfs', 'fat32', 'exfat', 'zfs', 'lvm',
    'raid array', 'nfs', 'nfs share', 'smb share', 'cifs',
    // Sockets, ports and the network stack.
    'listen on|at port|ports|socket|sockets|localhost|address|interface', 'listen on|at * port|ports', 'open ports', 'open sockets', 'port number', 'port numbers', 'network interface',
    'network interfaces', 'routing table', 'default gateway', 'subnet', 'netmask',
    // Packages and services.
    'installed packages', 'packages installed', 'package list', 'restart|reload|enable|disable the|a ** service|services|daemon',
    'service status', 'system service', 'system services', 'background service',
    // Shell settings, aliases and variables.
    'shell alias', 'shell aliases', 'shell prompt', 'shell history', 'command history', 'bash history', 'shell config',
    'shell profile', 'shell startup', 'tab completion', 'default shell', 'alias for|to the? command|commands',
    'value of the? * variable', 'variable named|called', 'set|export|unset|define|declare a|an|the? variable|variables',
    'environment variables', 'env vars', 'current shell',
    // Directories, spoken of the way a shell user does.
    'this directory', 'that directory', 'each directory', 'every directory', 'all directories', 'directory tree',
    'current folder', 'current working folder', 'regular file', 'regular files',
  ]),
  ...terms('code', 0.6, [
    'disk', 'processor', 'ram', 'alias', 'machine', 'boot', 'login name', 'read|write permission|permissions',
    'subdirectory', 'subdirectories',
    'start|stop the ** service|services', 'users and permissions',
  ]),
  // Everyday or office senses of the same words.
  ...masks('code', [
    'word|food|data|payment|payments|card processor|processors', 'variable cost|costs|pay|rate|rates|expenses|income|compensation|interest',
    'email|mail|mailing alias|aliases', 'memory lane', 'in memory of', 'memory book', 'memory card', 'memory cards',
    'boot camp', 'bootcamp', 'ski|hiking|rain|winter|snow|football boot|boots', 'machine washable', 'washing|coffee|vending|sewing|slot|answering machine',
    'cleaning|delivery|catering|shuttle|customer|car|laundry|dry_cleaning|streaming|subscription|postal|room|bus|train|taxi|limo service|services',
    'disk jockey', 'floppy disk', 'ports of call', 'port of call', 'port wine',
  ]),
  // A mounted or logical volume is storage, not the sound level.
  ...masks('knowledge', [`${STORAGE_VOLUME} volume|volumes`, 'volume group', 'volumes mounted']),
];
