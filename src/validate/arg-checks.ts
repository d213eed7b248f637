// dockerd's command line: what pflag stops at (unknown flags, missing or unparsable values,
// stray words) and the flags that make dockerd exit instead of serving (--validate, --help, --version).
import type { Diagnostic } from '../diagnostics/types.js';
import type { ArgProblem } from '../engine/flags.js';
import { didYouMean } from './did-you-mean.js';
import type { DaemonConfigModel } from './model.js';
import { describeSource, type Report } from './report.js';

function hint(model: DaemonConfigModel, p: ArgProblem): string {
  const where = describeSource(p.source);
  switch (p.kind) {
    case 'unknown-flag': {
      const name = p.arg.replace(/^-+/, '').replace(/=.*$/, '');
      const suggestion = p.arg.startsWith('--') ? didYouMean(name, [...model.catalogue.flags.keys()]) : undefined;
      return suggestion
        ? `did you mean --${suggestion}? (in ${where})`
        : `remove it from ${where}; dockerd ${model.engine.major}.${model.engine.minor} has no such flag`;
    }
    case 'missing-value':
      return `give it a value (${p.arg}=VALUE) in ${where}`;
    case 'invalid-value':
      return `correct the value in ${where}`;
    case 'bad-syntax':
    case 'positional':
      return `remove it from ${where}; an unquoted space in DOCKER_OPTS often splits one flag into two words`;
    case 'exits':
      return p.flag?.name === 'validate'
        ? `remove --validate from ${where}: dockerd never serves with it`
        : `remove ${p.arg} from ${where}`;
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
        message: `dockerd's command line (${describeSource(p.source)}): ${p.message}`,
        key: p.flag?.named ?? p.flag?.name,
        hint: hint(model, p),
        dockerd: p.go,
      },
    ),
  );
}
