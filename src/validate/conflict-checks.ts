// A setting given both as a flag and in daemon.json: dockerd refuses to start (findConfigurationConflicts).
// Flags match keys by NamedOption name (-H ↔ hosts), else by long name, then shorthand.
import type { Diagnostic } from '../diagnostics/types.js';
import { CONFLICT_EXEMPT } from '../engine/catalogue.js';
import type { SetFlag } from '../engine/flags.js';
import { atLeast } from '../engine/version.js';
import { flagConflictText } from './flag-settings.js';
import { goValue } from './go-format.js';
import { jsValue, type DaemonConfigModel, type FileEntry } from './model.js';
import { configFilePrefix, describeSource, type Report } from './report.js';

interface Conflict {
  key: string;
  flag: SetFlag;
  entry: FileEntry;
}

/** What to do about one conflict, by where the flag comes from. */
function conflictHint(c: Conflict): string {
  const { key, flag } = c;
  const src = flag.source;
  const flagText = `${flag.spelled}`;
  if (key === 'config-file') return 'remove "config-file" from daemon.json; it has no effect there';
  if (src.kind === 'unit' || src.kind === 'drop-in') {
    if (key === 'hosts') {
      return 'remove "hosts" from daemon.json and use `dockerd-config host add ADDR`, which writes a drop-in that replaces the unit\'s -H';
    }
    return `remove "${key}" from daemon.json (${describeSource(src)} passes ${flagText}), or override ExecStart in a drop-in without ${flagText}`;
  }
  if (src.kind === 'env-file') {
    return `keep it in one place: remove ${flagText} from DOCKER_OPTS in ${src.path ?? '/etc/default/docker'}, or remove "${key}" from daemon.json`;
  }
  if (src.kind === 'sysvinit')
    return `remove "${key}" from daemon.json: ${describeSource(src)} always passes ${flagText}`;
  return `set it in one place: remove "${key}" from daemon.json or ${flagText} from ${describeSource(src)}`;
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
        message: `"${c.key}" is set in daemon.json and also by ${c.flag.spelled} in ${describeSource(c.flag.source)}; dockerd refuses to start when a setting is in both places`,
        key: c.key,
        hint: conflictHint(c),
        dockerd,
        fixable: c.key === 'hosts' || c.flag.source.kind === 'env-file',
      },
    ),
  );
}
