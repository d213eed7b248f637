import { loadDaemonConfig, type LocatedSetting } from '../validate/model.js';
import type { Translate } from '../i18n/index.js';
import { sourceWords } from '../i18n/source-words.js';
import type { Source } from '../diagnostics/types.js';
import type { LoadedState } from './load.js';

/** The settings in effect (daemon.json flattened as dockerd does, plus flags), by key, with provenance. */
export function effectiveSettings(state: LoadedState): ReadonlyMap<string, LocatedSetting> {
  return loadDaemonConfig({
    daemonJson: { path: state.plan.daemonJson.path, bytes: state.daemonJsonBytes, explicit: state.explicit },
    args: state.plan.args,
    engine: state.engine.version,
  }).settings;
}

/** "/etc/docker/daemon.json:3" for the file, "DOCKER_OPTS in /etc/default/docker:12" for flags. */
export function describeSource(source: Source, t: Translate): string {
  if (source.kind === 'daemon-json') return `${source.path ?? 'daemon.json'}${source.line !== undefined ? `:${source.line}` : ''}`;
  return sourceWords(source, t);
}
