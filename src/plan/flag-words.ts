/**
 * dockerd flags inside a word list (DOCKER_OPTS): find the occurrences of one flag, drop some,
 * append new ones. Pure; the words come from the env-file reader.
 */

export interface FlagSpelling {
  long: string;
  short?: string;
  /** A bool flag takes no separate value word. */
  bool?: boolean;
}

export interface FlagOccurrence {
  /** Index of the first word and one past the last (a value may be its own word). */
  start: number;
  end: number;
  /** The flag's value ("true" for a bare bool flag). */
  value: string;
}

export function findFlag(words: readonly string[], flag: FlagSpelling): FlagOccurrence[] {
  const found: FlagOccurrence[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === '--') break;
    const spelled = [`--${flag.long}`, ...(flag.short ? [`-${flag.short}`] : [])];
    for (const name of spelled) {
      if (word.startsWith(`${name}=`)) {
        found.push({ start: i, end: i + 1, value: word.slice(name.length + 1) });
      } else if (word === name) {
        if (flag.bool) found.push({ start: i, end: i + 1, value: 'true' });
        else {
          found.push({ start: i, end: Math.min(i + 2, words.length), value: words[i + 1] ?? '' });
          i++;
        }
      } else if (
        flag.short &&
        name === `-${flag.short}` &&
        word.startsWith(name) &&
        !word.startsWith('--') &&
        !flag.bool
      ) {
        // pflag's -Hvalue
        found.push({ start: i, end: i + 1, value: word.slice(name.length) });
      } else continue;
      break;
    }
  }
  return found;
}

/** The words without the occurrences `drop` selects. */
export function withoutFlag(words: readonly string[], flag: FlagSpelling, drop: (value: string) => boolean): string[] {
  const remove = new Set<number>();
  for (const occurrence of findFlag(words, flag)) {
    if (!drop(occurrence.value)) continue;
    for (let i = occurrence.start; i < occurrence.end; i++) remove.add(i);
  }
  return words.filter((_, i) => !remove.has(i));
}

/** How we write a flag we add: always `--long=value`, one word, unambiguous for sh and systemd. */
export const flagWord = (flag: FlagSpelling, value: string): string =>
  flag.bool && value === 'true' ? `--${flag.long}` : `--${flag.long}=${value}`;
