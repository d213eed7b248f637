// dockerd's command line: what pflag stops at (unknown flags, missing or unparsable values,
// stray words) and the flags that make dockerd exit instead of serving (--validate, --help, --version).
import { hintOf, message } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { ArgProblem } from '../engine/flags.js';
import { said, type Said } from '../i18n/said.js';
import { sourceSaid } from '../i18n/source-words.js';
import { didYouMean } from './did-you-mean.js';
import type { DaemonConfigModel } from './model.js';
import type { Report } from './report.js';

function argHint(model: DaemonConfigModel, p: ArgProblem): Said {
  const source = sourceSaid(p.source);
  switch (p.kind) {
    case 'unknown-flag': {
      const name = p.arg.replace(/^-+/, '').replace(/=.*$/, '');
      const suggestion = p.arg.startsWith('--') ? didYouMean(name, [...model.catalogue.flags.keys()]) : undefined;
      return suggestion
        ? said('files.args.hint.didYouMean', { flag: suggestion, source })
        : said('files.args.hint.noSuchFlag', { source, version: `${model.engine.major}.${model.engine.minor}` });
    }
    case 'missing-value':
      return said('files.args.hint.giveValue', { flag: p.arg, source });
    case 'invalid-value':
      return p.hint ?? said('files.args.hint.correctValue', { source });
    case 'bad-syntax':
    case 'positional':
      return said('files.args.hint.strayWord', { source });
    case 'exits':
      return p.flag?.name === 'validate'
        ? said('files.args.hint.removeValidate', { source })
        : said('files.hint.removeFlag', { flag: p.arg, source });
  }
}

export function argChecks(model: DaemonConfigModel, report: Report): Diagnostic[] {
  return model.args.problems.map((p) =>
    report(
      p.kind === 'unknown-flag'
        ? 'unknown-flag'
        : p.kind === 'exits' && p.flag?.name === 'validate'
          ? 'validate-key'
          : 'invalid-flag',
      'error',
      { source: p.source },
      {
        ...message('files.args.problem', { source: sourceSaid(p.source), problem: p.says }),
        key: p.flag?.named ?? p.flag?.name,
        ...hintOf(argHint(model, p)),
        dockerd: p.go,
      },
    ),
  );
}
