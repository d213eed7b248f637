import type { Check } from '../types.js';

/** DOCKER_OPTS in /etc/default/docker that nothing passes to dockerd: edits there do nothing. */
export const configEnvFile: Check = {
  id: 'config.env-file',
  title: 'DOCKER_OPTS',
  group: 'config',
  run({ state }) {
    const env = state.raw.daemonArgs.envFile;
    if (!env?.exists) return { skipped: 'no env file' };
    const words = env.reading ? (env.reading.systemd?.words ?? env.reading.sh?.words ?? []) : [];
    if (env.used || words.length === 0) return [];
    return [
      {
        id: 'env-file-ignored',
        severity: 'warning',
        message: `${env.variable} in ${env.systemPath} sets ${words.map((w) => w.value).join(' ')}, but ${state.raw.daemonArgs.unit ? `${state.raw.daemonArgs.unit.systemPath} has no EnvironmentFile= that passes it` : 'nothing passes it'} to dockerd: these flags have no effect`,
        file: env.path,
        hint: `put the settings in daemon.json (dockerd-config set KEY VALUE), then delete ${env.variable} from ${env.systemPath}`,
        fixable: false,
      },
    ];
  },
};
