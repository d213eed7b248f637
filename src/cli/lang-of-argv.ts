import { pickLang, type Lang } from '../i18n/index.js';

/**
 * The language, known before yargs parses anything (its help texts are built from it): `--lang X`
 * or `--lang=X` among the words, else the locale. The last --lang wins, as yargs takes it.
 */
export function langOfArgv(argv: readonly string[], env: Record<string, string | undefined>): Lang {
  let option: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') break;
    if (word === '--lang') option = argv[++i];
    else if (word.startsWith('--lang=')) option = word.slice('--lang='.length);
  }
  return pickLang(option, env);
}
