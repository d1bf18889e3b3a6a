/**
 * Software work named by what it does rather than by a language or tool: programs asked for
 * by their behaviour ("read the file and compute ...", "return true if ..."), models trained to
 * predict, and faults of a software feature told without the word "bug" ("the CSV export
 * fails", "repair the broken invoice generator"). The data a program reads is its subject;
 * the program is the work.
 */
import type { VocabularyEntry } from '../lexicon.js';
import { masks, terms } from './build.js';

/** Parts of a software product that can fail the way software fails. */
const PART =
  'generator|generators|exporter|exporters|importer|importers|parser|converter|uploader|export|exports|import|imports|upload|uploads|sync|integration|endpoint|endpoints|panel|dashboard|widget|plugin|feature|module|script|query|queries|api|webhook|cron|build|migration|pagination|search_box|search_bar|date_picker|submit_button|form_submission';
/** How a software part fails. */
const FAULT =
  'fail|fails|failed|failing|crash|crashes|crashed|freezes|froze|hangs|hung|throws|errors|errored|breaks|broke|times_out|timed_out|returns_nothing|returns_an_error|stopped_working|skips|drops';
/** What a program reads. */
const INPUT = 'file|files|csv|json|input|stdin|dataset|text_file|log_file';
/** What a program does with what it read. */
const OUTPUT = 'compute|computes|calculate|calculates|print|prints|output|outputs|return|returns|plot|plots|count|counts|report|reports|find|finds|sum|sums';
/** Values a function is handed or gives back. */
const VALUE = 'string|strings|list|lists|array|arrays|integer|integers|matrix|sequence|tree|graph|number|numbers';

/** What a list holds in a programming question. */
const COLLECTION = 'lists|tuples|dicts|dictionaries|strings|integers|ints|floats|objects|pairs|arrays|characters|chars|elements';
/** What a value is converted to. */
const TYPE = 'string|str|int|integer|float|list|tuple|dict|dictionary|date|datetime|bytes|number|array|boolean|char';

export const SOFTWARE_VOCABULARY: readonly VocabularyEntry[] = [
  ...terms('code', 2.0, [
    // Asking for a program by the kinds of thing it is made of.
    'implement|define|declare a|an|the|some ** class|classes|method|methods|struct|structs|interface|interfaces|algorithm',
    // Mending a software part is software work, whatever the part produces (an invoice, a PDF).
    `repair|fix|debug|troubleshoot the|a|our|my broken|failing|buggy|faulty|flaky ** ${PART}`,
  ]),
  ...terms('code', 1.2, [
    `read|reads|load|loads|parse|parses the|a|an|each ** ${INPUT} and ** ${OUTPUT}`,
    `${PART} ** ${FAULT}`,
    `${PART} ** shows|returns|gives|displays|produces|creates|sends the? wrong|incorrect|empty|blank|duplicate|broken`,
    'method|methods|function|functions that|which returns|takes|accepts|computes|checks|counts|prints|converts|finds|sorts|parses',
    'return|returns|returning true|false|null|none|nil', 'when|if|once a user|users', 'pagination',
    // Models trained to predict, as in a data-science competition.
    'classifier', 'classifiers', 'regression model', 'logistic regression', 'linear regression', 'random forest',
    'gradient boosting', 'xgboost', 'lightgbm', 'cross validation', 'training set', 'predictive model',
    'prediction model', 'kaggle', 'feature engineering', 'hyperparameter', 'hyperparameters', 'overfitting',
    'baseline model', 'predictions for|on the test', 'rmse', 'f1 score', 'evaluation metric',
  ]),
  // The data types and idioms of programming questions ("convert a list of strings to int").
  ...terms('code', 1.2, [
    'tuple', 'tuples', 'dict', 'dicts', `list of ${COLLECTION}`, 'list comprehension', 'dictionary comprehension',
    'nested list|lists|dictionary|dictionaries|dict|loop|loops', 'key value pair|pairs', 'substring', 'substrings',
    'constructor', 'child|parent|base|derived|abstract class', 'subclass', 'superclass', 'inheritance', 'instance method|variable|variables',
    'class method|attribute|attributes|variable', 'static method', 'lambda', 'iterator', 'iterate over', 'for loop', 'while loop',
    'boolean', `string|strings to|into a|an? ${TYPE}`, `convert|converting|cast|casting * to|into a|an? ${TYPE}`, 'unicode', 'utf 8', 'ascii',
    'float', 'floats', 'datetime', 'unix time', 'pythonic', 'beautifulsoup', 'beautiful soup', 'lxml', 'pyplot', 'seaborn', 'plotly',
    'selenium', 'urllib', 'sqlalchemy', 'subprocess', 'external command', 'elements of a|the|each list|array|tuple|dictionary|set',
    'index of a|an|the ** item|element|character|value|substring', 'characters of|in a|the string',
    // Databases as their users speak of them.
    'subquery', 'subqueries', 'stored procedure', 'stored procedures', 'varchar', 'nvarchar', 't sql', 'tsql', 'pl sql', 'plsql',
    'inner|outer|left|right|self|cross|full join|joins', 'join ** table|tables', 'joined tables', 'primary key', 'foreign key', 'foreign keys',
    'unique constraint', 'where clause', 'select statement', 'select query', 'sql server', 'mssql', 'identity column', 'null value', 'null values',
    'query result', 'query results', 'table name', 'db',
    'conditional|natural|equi|lateral|anti|semi join|joins', 'write|writing a|the join',
    'oracle table|tables|query|queries|procedure|trigger|triggers|view|views|schema|insert|select|update',
    // Arrays of more than one dimension, and the parts of a URL a program reads.
    'multidimensional|multi_dimensional|two_dimensional|2d|3d list|lists|array|arrays', 'fragment identifier',
    'query string', 'query strings', 'url|query parameter|parameters|params', 'url encode|encoded|encoding|decode|decoding', 'percent encoding',
  ]),
  ...terms('code', 0.6, [
    'string', 'null', 'constraint', 'constraints', 'oracle', 'group by', 'order by', 'insert into',
    'hidden file', 'hidden files', 'home folder', 'empty directories',
    'dictionary',
  ]),
  ...terms('code', 0.6, [
    `given a|an|two ** ${VALUE}`, `takes|accepts|receives a|an|two ** ${VALUE}|parameter|parameters|argument|arguments`,
    `return the|a|an ** ${VALUE}|index|indices|sum|maximum|minimum|count|length|value|result`,
    'returns|return|shows|displays|gives the? wrong|incorrect|empty|blank|duplicate results|values|totals|rows|data',
    'returns nothing', 'training data', 'submission file', 'predict', 'generator', 'generators',
  ]),
  // Generators that make power, leads or ideas.
  ...masks('code', ['power|diesel|portable|electric|backup|emergency|gas|petrol|steam|solar|wind|idea|ideas|lead|leads|revenue|name|slogan|random_name generator|generators']),
];
