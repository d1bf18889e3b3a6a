/**
 * Terse technical requests: the one-line titles of programming and database questions ("check
 * if a list is empty", "use DISTINCT with a join") and one-line shell chores ("find all files
 * bigger than 2 MB modified today"). They name no language or tool; what gives them away is the
 * abstract object they work on (a list, a string, another table, files picked by size or age).
 * Office work names its own object instead (my shopping list, the sheet, this slide), and the
 * masks below keep those senses.
 */
import type { VocabularyEntry } from '../lexicon.js';
import { masks, terms } from './build.js';

/** The values of a program: spoken of in general ("a list"), never as someone's list of chores. */
const CONTAINER = 'list|lists|array|arrays|tuple|tuples|dictionary|dictionaries|dict|dicts|string|strings|dataframe|dataframes';
/** Parts of a container a programming question asks about. */
const MEMBER = 'item|items|element|elements|value|values|index|indices|position|positions|occurrence|occurrences|duplicate|duplicates|integers|objects|strings|numbers|characters|keys|key';
/** What is done to a container in a how-to question. */
const OPERATION = 'sort|sorting|reverse|reversing|flatten|flattening|shuffle|shuffling|split|splitting|slice|slicing|iterate|iterating|concatenate|concatenating|join|joining|merge|merging|filter|filtering|traverse|append_to|appending_to|compare|comparing|initialise|initialize|declare';
/** SQL written in capitals inside ordinary text (the convention of database questions). */
const SQL_KEYWORD = '=SELECT|=JOIN|=DISTINCT|=WHERE|=UNION|=HAVING|=NULL|=INSERT|=UPSERT|=COALESCE|=PIVOT|=UNPIVOT|=EXISTS';
/** A table spoken of as one of several in a database. */
const WHICH_TABLE = 'same|other|different|child|parent|temp|temporary|junction|mapping|related|joined';
/** How a shell user picks files: by size, age, owner, name or kind. */
const FILE_TEST = 'larger|bigger|smaller|greater|older|newer|modified|accessed|changed|owned|named|ending|starting|beginning|matching|containing';
const FILES = 'file|files|directory|directories|folder|folders|subdirectory|subdirectories|link|links|symlinks';

export const REQUEST_VOCABULARY: readonly VocabularyEntry[] = [
  ...terms('code', 1.2, [
    // Programming questions about the values a program holds.
    `${MEMBER} in|of|from|into a|an ${CONTAINER}`,
    `empty ${CONTAINER}`, `${CONTAINER} is|are empty`, `${OPERATION} a|an|two ${CONTAINER}`,
    // Membership tests, the way a program asks them of any container ("if a list contains ...").
    `if|whether a|an ${CONTAINER}|variable|object contains|includes|has|holds`, `${MEMBER} exist|exists|is|are in|not_in a|an ${CONTAINER}`,
    // Adding to a container: a dictionary, an array or a tuple has no office sense to share.
    `${MEMBER} to|into|from a|an|the? dictionary|dictionaries|dict|dicts|array|arrays|tuple|tuples`, `append|appending|prepend|prepending ** to|into a|an|another ${CONTAINER}`,
    'two|multiple|nested|several lists|arrays|dictionaries|dicts|tuples', 'list of lists|dicts|dictionaries|tuples|sets',
    'into a|an list|array|tuple|dictionary|dict|string|dataframe', 'to a|an array|tuple|dictionary|dict|string|dataframe', 'variable type|types|name|names|exists', 'type of a|the variable|object|value',
    'keyboard input', 'user input', 'command line arguments|argument', 'data frame', 'data frames', 'dataframe', 'dataframes',
    // Database questions.
    SQL_KEYWORD, `${WHICH_TABLE} table|tables`, 'table|tables in the|a|my|our? database|schema', 'many to many', 'one to many', 'one to one relationship',
    'a|this|that|single|one|same|following|select|update|insert|delete|nested|sub|sql query|queries', 'query returns|results|result|plan|performance', 'inserted row|rows|id|record|records', 'child|parent|prior|related record|records|row|rows',
    'rows|records per|for each group|user|id', 'not null', 'auto increment', 'autoincrement', 'temp table', 'temporary table', 'indexed view|views',
    'ms access', 'access database', 'db2', 'laravel', 'linq', 'entity framework', 'mongoengine', 'activerecord',
    'result set', 'result sets', 'resultset', 'resultsets', '=GUID|=GUIDs', 'uuid', 'uuids', 'dbms', 'rdbms',
    'relational database|databases|algebra|model|schema', 'cross|outer apply',
    // Shell chores: files chosen by a test, shell settings, the manual.
    `${FILES} which|that? are|were|is|was|have|has|have_been|has_been? ${FILE_TEST} than|by|in|with|since|before|after`,
    'modified|accessed|changed within|in the last|past', 'shell option|options', 'wildcard expansion', 'globbing', 'glob pattern|patterns',
    'manual page|pages', 'man page|pages', 'mime type', 'mimetype', 'carriage return', 'line ending|endings',
    'redirect|pipe the? output', 'output to|into a|the file', 'md5sum', 'sha1sum', 'sha256sum',
    // A file's type and mode bits as the shell speaks of them.
    'regular file|files', 'execute|executable permission|permissions|bit|bits', 'setuid', 'setgid', 'sticky bit',
  ]),
  // A search over files is a shell chore more often than not, but desktop search says it too.
  ...terms('code', 0.6, [
    `find|search|locate all|every|any ** ${FILES}`, 'whitespace', 'whitespaces',
    // Files picked across a whole machine, or by being empty; read and write bits (a document's sharing says "access").
    `${FILES} on the|this|a system|machine|server|host`, 'empty|non_empty|nonempty file|files', 'read|write permission|permissions|bit|bits',
    'solaris', 'freebsd', 'openbsd',
    // Files picked by their times or size, as a search over the file system does.
    'modification|access|change time|times', 'modified|accessed|changed exactly|today|yesterday', 'force delete|remove',
    'larger|bigger|smaller|more|less than * mb|gb|kb|megabytes|gigabytes|kilobytes|bytes',
  ]),
  ...masks('code', [
    // Someone's own lists and the office senses of table, record and query.
    'my|our|your|his|her|their|the shopping|grocery|to_do|todo|reading|guest|wish|packing|mailing|email|contact|play list|lists',
    'shopping|grocery|to_do|todo|reading|guest|wish|packing|mailing|contact list|lists', 'item|items from|to|on|in my|our|your|the shopping|grocery|to_do|todo list',
    'search query', 'search queries', 'customer|client|guest|billing|support query|queries',
    'dinner|restaurant|picnic|kitchen|dining|coffee|side|bedside|conference table|tables', 'table for', 'book|reserve|reserved a|the table',
    'database of ** contacts|customers|clients|suppliers|recipes|books|films|movies',
    'string quartet|lights|beans|cheese|instrument|instruments', 'a string of',
  ]),
];
