/** What the operator says about themselves: skills, wanting to watch, wanting a sandbox. */
import type { VocabularyEntry } from '../lexicon.js';
import { terms } from './build.js';

export const OPERATOR_VOCABULARY: readonly VocabularyEntry[] = [
  ...terms('non-technical', 1.5, [
    "i'm not technical", 'i am not technical', 'not technical', 'non technical', 'nontechnical', 'not a developer',
    'not an engineer', 'not a programmer', 'not a coder', 'no coding experience', 'zero coding experience',
    'no programming experience', 'no technical background', "don't know how to code", 'do not know how to code',
    "can't code", 'cannot code', "don't code", 'not tech savvy', 'not very technical', 'not good with computers',
    'no terminal', 'without a terminal', 'without the terminal', 'without using the terminal',
    'without the command line', 'never used a terminal', 'never used the terminal', 'no command line',
  ]),
  ...terms('watch', 1.2, [
    'watch * step', 'watch each step', 'watch it work', 'watch it as it works', 'see the files appear',
    'see what it is doing', "see what it's doing", 'shows me what it', 'show me what it', 'as it goes',
    'on screen', 'on my screen', 'point and click', 'gui', 'graphical interface', 'visual interface',
    'follow along', 'see each step', 'see every step',
  ]),
  ...terms('maybe-non-technical', 1.0, [
    "i'm in marketing|sales|hr|finance|accounting|operations|legal|support|design|recruiting",
    'i am in marketing|sales|hr|finance|accounting|operations|legal|support|design|recruiting',
    "i'm a marketer|recruiter|designer|accountant|manager|teacher|lawyer|nurse|doctor",
    'i am a marketer|recruiter|designer|accountant|manager|teacher|lawyer|nurse|doctor',
    'our marketing team', 'the marketing team needs', 'office manager', 'not sure how',
  ]),
  ...terms('reviewer', 1.0, [
    'engineer will review', 'engineers will review', 'engineering review', 'code review', 'review the pr',
    'review the pull request', 'a developer will', 'our developers', 'dev team will', 'the engineering team will',
  ]),
  ...terms('sandbox', 1.5, [
    'sandbox', 'sandboxed', 'blast radius', "can't touch anything else", 'cannot touch anything else',
    'not touch anything else', "won't touch anything else", 'nothing else on my', 'isolated environment',
    'contained environment', 'safe environment', 'managed environment', 'only this folder', 'only access this folder',
    'limited access', 'restricted access', 'locked down',
  ]),
];
