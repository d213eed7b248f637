// A setting given both as a flag and in daemon.json: dockerd refuses to start (findConfigurationConflicts).
// Flags match keys by NamedOption name (-H ↔ hosts), else by long name, then shorthand.
import { hintOf, message } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { CONFLICT_EXEMPT } from '../engine/catalogue.js';
import type { SetFlag } from '../engine/flags.js';
import { atLeast } from '../engine/version.js';
import { said, type Said } from '../i18n/said.js';
import { sourceSaid } from '../i18n/source-words.js';
import { flagConflictText } from './flag-settings.js';
import { goValue } from './go-format.js';
import { jsValue, type DaemonConfigModel, type FileEntry } from './model.js';
import { configFilePrefix, type Report } from './report.js';

interface Conflict {
  key: string;
  flag: SetFlag;
  entry: FileEntry;
}

/** What to do about one conflict, by where the flag comes from. */
function conflictHint(c: Conflict): Said {
  const { key, flag } = c;
  const src = flag.source;
  const words = { key, flag: flag.spelled, source: sourceSaid(src) };
  if (key === 'config-file') return said('files.conflict.hint.configFile');
  if (src.kind === 'unit' || src.kind === 'drop-in') {
    if (key === 'hosts') return said('files.conflict.hint.hostsDropIn');
    return said('files.conflict.hint.unit', words);
  }
  if (src.kind === 'env-file') {
    return said('files.conflict.hint.envFile', { key, flag: flag.spelled, path: src.path ?? '/etc/default/docker' });
  }
  if (src.kind === 'sysvinit') return said('files.conflict.hint.sysvinit', words);
  return said('files.conflict.hint.onePlace', words);
}

export function findConflicts(model: DaemonConfigModel): Conflict[] {
  const byKey = new Map<string, FileEntry>();
  for (const e of model.entries) if (!e.shadowed) byKey.set(e.key, e);
  const conflicts: Conflict[] = [];
  // pflag visits the set flags sorted by name; dockerd lists conflicts in that order.
  const flags = [...model.args.flags.values()].sort((a, b) => (a.spec.name < b.spec.name ? -1 : 1));
  for (const flag of flags) {
    const names = flag.spec.named
      ? [flag.spec.named]
      : [flag.spec.name, flag.spec.short].filter((n): n is string => !!n);
    for (const name of names) {
      const entry = byKey.get(name);
      if (entry && !CONFLICT_EXEMPT.has(name)) {
        conflicts.push({ key: name, flag, entry });
        break;
      }
    }
  }
  // 28+: the old key "host-gateway-ip" still conflicts with its flag (now --host-gateway-ip → host-gateway-ips).
  const oldGateway = byKey.get('host-gateway-ip');
  const gatewayFlag = model.args.flags.get('host-gateway-ip');
  if (atLeast(model.engine, '28.0.0') && oldGateway && gatewayFlag) {
    conflicts.push({ key: 'host-gateway-ip', flag: gatewayFlag, entry: oldGateway });
  }
  return conflicts;
}

export function conflictChecks(model: DaemonConfigModel, report: Report): Diagnostic[] {
  const conflicts = findConflicts(model);
  if (conflicts.length === 0) return [];
  const parts = conflicts.map(
    (c) =>
      `${c.key}: (from flag: ${flagConflictText(c.flag, model.engine)}, from file: ${goValue(jsValue(c.entry.member.value))})`,
  );
  const dockerd = `${configFilePrefix(model.path)}the following directives are specified both as a flag and in the configuration file: ${parts.join(', ')}`;
  return conflicts.map((c) =>
    report(
      'flag-file-conflict',
      'error',
      { offset: c.entry.member.keyStart },
      {
        ...message('files.conflict.both', { key: c.key, flag: c.flag.spelled, source: sourceSaid(c.flag.source) }),
        key: c.key,
        ...hintOf(conflictHint(c)),
        dockerd,
        fixable: c.key === 'hosts' || c.flag.source.kind === 'env-file',
      },
    ),
  );
}
