import { hint, message } from '../../diagnostics/say.js';
import { said } from '../../i18n/said.js';
import type { Check } from '../types.js';

/** DOCKER_OPTS in /etc/default/docker that nothing passes to dockerd: edits there do nothing. */
export const configEnvFile: Check = {
  id: 'config.env-file',
  title: 'DOCKER_OPTS',
  group: 'config',
  run({ state }) {
    const env = state.raw.daemonArgs.envFile;
    if (!env?.exists) return { skipped: said('doctor.skip.no-env-file') };
    const words = env.reading ? (env.reading.systemd?.words ?? env.reading.sh?.words ?? []) : [];
    if (env.used || words.length === 0) return [];
    const unit = state.raw.daemonArgs.unit;
    return [
      {
        id: 'env-file-ignored',
        severity: 'warning',
        ...message('doctor.envFile.ignored', {
          variable: env.variable,
          path: env.systemPath,
          flags: words.map((w) => w.value).join(' '),
          why: unit
            ? said('doctor.envFile.noEnvironmentFile', { unit: unit.systemPath })
            : said('doctor.envFile.nothingPasses'),
        }),
        file: env.path,
        ...hint('doctor.envFile.hint', { variable: env.variable, path: env.systemPath }),
        fixable: false,
      },
    ];
  },
};
