// dockerd's command line: flags it does not have, words it cannot place.
import { FLAG_PLACES, type Rule } from './rule.js';

export const flagRules: readonly Rule[] = [
  {
    id: 'unknown-flag',
    pattern: /^unknown shorthand flag: '(.)' in (-[\w-]+)$/,
    build: ({ match }) => ({
      message: `dockerd read ${match[2]} as short flags and has no -${match[1]}; long flags need two dashes.`,
      hint: `Write -${match[2]} in ${FLAG_PLACES}.`,
      fixable: false,
    }),
  },
  {
    id: 'unknown-flag',
    pattern: /^unknown flag: (\S+)$/,
    build: ({ match }) => ({
      message: `dockerd has no flag ${match[1]} (in this version).`,
      hint: `Remove ${match[1]} from ${FLAG_PLACES}.`,
      fixable: false,
    }),
  },
  {
    id: 'invalid-flag',
    pattern: /^"dockerd" accepts no argument\(s\)\.?$|^Usage:\s+dockerd /,
    build: () => ({
      message:
        'dockerd was given a word that is not a flag (a value after a true/false flag, like "--debug true", or a stray word).',
      hint: `Write --flag=value, and check ${FLAG_PLACES}.`,
      fixable: false,
    }),
  },
  {
    id: 'invalid-flag',
    pattern: /^flag needs an argument: (.*)$/,
    build: ({ match }) => ({
      message: `The dockerd flag ${match[1]} has no value.`,
      hint: `Give it one (--flag=value) in ${FLAG_PLACES}.`,
      fixable: false,
    }),
  },
];
