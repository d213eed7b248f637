// dockerd's command line: flags it does not have, words it cannot place.
import { said } from '../../i18n/said.js';
import { FLAG_PLACES, type Rule } from './rule.js';

export const flagRules: readonly Rule[] = [
  {
    id: 'unknown-flag',
    pattern: /^unknown shorthand flag: '(.)' in (-[\w-]+)$/,
    build: ({ match }) => ({
      message: said('causes.flags.shorthand', { letter: match[1]!, word: match[2]! }),
      hint: said('causes.flags.shorthandHint', { word: match[2]!, places: FLAG_PLACES }),
      fixable: false,
    }),
  },
  {
    id: 'unknown-flag',
    pattern: /^unknown flag: (\S+)$/,
    build: ({ match }) => ({
      message: said('causes.flags.unknown', { flag: match[1]! }),
      hint: said('causes.flags.unknownHint', { flag: match[1]!, places: FLAG_PLACES }),
      fixable: false,
    }),
  },
  {
    id: 'invalid-flag',
    pattern: /^"dockerd" accepts no argument\(s\)\.?$|^Usage:\s+dockerd /,
    build: () => ({
      message: said('causes.flags.stray'),
      hint: said('causes.flags.strayHint', { places: FLAG_PLACES }),
      fixable: false,
    }),
  },
  {
    id: 'invalid-flag',
    pattern: /^flag needs an argument: (.*)$/,
    build: ({ match }) => ({
      message: said('causes.flags.noValue', { flag: match[1]! }),
      hint: said('causes.flags.noValueHint', { places: FLAG_PLACES }),
      fixable: false,
    }),
  },
];
