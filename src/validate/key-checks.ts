// dockerd's key check after flattening: unknown keys (one error, all of them listed), keys it
// accepts but ignores, objects whose children it checks and then drops, and "validate".
import type { Diagnostic } from '../diagnostics/types.js';
import { keyHistory, shortVersion } from '../engine/catalogue.js';
import { parseGoBool } from '../engine/go-parse.js';
import { KEY_TABLE } from '../engine/key-table.js';
import { compareVersions } from '../engine/version.js';
import { describeType } from './describe.js';
import { didYouMean } from './did-you-mean.js';
import { goValue } from './go-format.js';
import { jsValue, type DaemonConfigModel, type FileEntry } from './model.js';
import { configFilePrefix, type Report } from './report.js';

/** Why an unknown key is unknown, and what to write instead. */
function explainUnknown(
  model: DaemonConfigModel,
  entry: FileEntry,
): { message: string; hint?: string; removed: boolean } {
  const { key, parent } = entry;
  const v = shortVersion(model.engine);
  const quoted = JSON.stringify(key);
  if (parent) {
    const field = model.catalogue.field(parent.key);
    if (field?.type.t === 'struct') {
      const names = Object.keys(field.type.fields);
      const suggestion = didYouMean(key, names);
      return {
        message: `${quoted} is not a setting of "${parent.key}", which takes ${names.map((n) => `"${n}"`).join(', ')} (exactly so spelled)`,
        hint: suggestion ? `did you mean "${suggestion}"?` : `remove ${quoted} from "${parent.key}"`,
        removed: false,
      };
    }
    const intro = `${quoted} is not a dockerd option: dockerd reads the object under "${parent.key}" as a group of top-level options`;
    if (field) {
      return {
        message: `${intro}, and "${parent.key}" itself takes ${describeType(field.type)}`,
        hint: `write "${parent.key}" as ${describeType(field.type)}`,
        removed: false,
      };
    }
    return {
      message: `${intro}, and ${quoted} is not one of them`,
      hint: `remove "${parent.key}" or fix its contents`,
      removed: false,
    };
  }
  const history = keyHistory(key);
  if (history.acceptedUntil && compareVersions(model.engine, history.acceptedUntil) >= 0) {
    const row = KEY_TABLE[key];
    return {
      message: `${quoted} was removed in dockerd ${shortVersion(history.acceptedUntil)}; dockerd ${v} refuses it`,
      hint: row?.deprecated ? `remove it (${row.deprecated.message})` : 'remove it',
      removed: true,
    };
  }
  if (history.acceptedFrom && compareVersions(model.engine, history.acceptedFrom) < 0) {
    return {
      message: `${quoted} is not supported by dockerd ${v} (it is accepted from ${shortVersion(history.acceptedFrom)})`,
      hint: 'remove it, or upgrade dockerd',
      removed: false,
    };
  }
  if (key === 'containerd-plugin-namespace') {
    return {
      message: `${quoted} has no matching dockerd flag, so dockerd refuses it`,
      hint: 'remove it: this setting cannot be made in daemon.json (only with --containerd-plugins-namespace)',
      removed: false,
    };
  }
  if (Object.hasOwn(KEY_TABLE, key)) {
    return {
      message: `${quoted} has no matching dockerd flag, so dockerd refuses it even though its configuration has such a field`,
      hint: 'remove it',
      removed: false,
    };
  }
  // Keys that take effect first: a flag name is accepted too, but silently ignored ("registry-mirror").
  const effective = Object.keys(KEY_TABLE).filter((k) => model.catalogue.field(k));
  const suggestion = didYouMean(key, effective) ?? didYouMean(key, [...model.catalogue.acceptedKeys()]);
  return {
    message: `${quoted} is not a dockerd ${v} option (keys are case-sensitive)`,
    hint: suggestion ? `did you mean "${suggestion}"?` : 'remove it, or check the spelling against `dockerd --help`',
    removed: false,
  };
}

export function unknownKeys(model: DaemonConfigModel, report: Report): Diagnostic[] {
  const unknown = model.entries.filter((e) => e.effect === 'unknown' && !e.shadowed);
  if (unknown.length === 0) return [];
  const dockerd = `${configFilePrefix(model.path)}the following directives don't match any configuration option: ${unknown.map((e) => e.key).join(', ')}`;
  return unknown.map((e) => {
    const why = explainUnknown(model, e);
    return report(
      why.removed ? 'removed-key' : 'unknown-key',
      'error',
      { offset: e.member.keyStart },
      { message: why.message, key: e.key, hint: why.hint, dockerd },
    );
  });
}

/** Does dockerd's bool-flag override (f.Value.Set(fmt.Sprint(v))) turn this flag on? */
const setsBoolFlag = (value: unknown): boolean => {
  const parsed = parseGoBool(goValue(value));
  return parsed.ok && parsed.value;
};

function explainIgnored(model: DaemonConfigModel, entry: FileEntry): { message: string; hint: string } {
  const { key } = entry;
  const quoted = JSON.stringify(key);
  const named = model.catalogue.flags.get(key)?.named;
  if (named && named !== key) {
    return {
      message: `${quoted} is accepted but ignored: it is the name of the --${key} flag; the daemon.json setting is "${named}"`,
      hint: `rename it to "${named}" (${describeType(KEY_TABLE[named]?.type ?? { t: 'any' })})`,
    };
  }
  if (key === 'http-proxy' || key === 'https-proxy' || key === 'no-proxy') {
    return {
      message: `${quoted} is ignored at the top level of daemon.json`,
      hint: `move it into "proxies": {"${key}": …}`,
    };
  }
  if (key === 'containerd-plugins-namespace') {
    return {
      message: `${quoted} is accepted but ignored (this setting cannot be made in daemon.json)`,
      hint: 'remove it; use the --containerd-plugins-namespace flag instead',
    };
  }
  const row = KEY_TABLE[key];
  if (row?.deprecated) {
    return {
      message: `${quoted} is ignored by dockerd ${shortVersion(model.engine)} (${row.deprecated.message})`,
      hint: 'remove it',
    };
  }
  if (key === 'config-file') {
    return {
      message: `${quoted} has no effect in daemon.json (dockerd's --config-file chooses this file)`,
      hint: 'remove it',
    };
  }
  return {
    message: `${quoted} is a dockerd command-line flag without a daemon.json setting; dockerd accepts it here but ignores it`,
    hint: 'remove it',
  };
}

export function ignoredKeys(model: DaemonConfigModel, report: Report): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const e of model.entries) {
    if (e.shadowed || e.effect !== 'ignored') continue;
    if (e.key === 'validate') {
      // The bool-flag override turns --validate on: dockerd prints "configuration OK" and exits 0.
      if (setsBoolFlag(jsValue(e.member.value))) {
        out.push(
          report(
            'validate-key',
            'error',
            { offset: e.member.keyStart },
            {
              message: `"validate": ${goValue(jsValue(e.member.value))} makes dockerd check its configuration and exit without starting (under systemd it looks like a failed start)`,
              key: 'validate',
              hint: 'remove "validate" from daemon.json; to check a file use `dockerd-config validate` or `dockerd --validate --config-file FILE`',
              dockerd: 'configuration OK',
              fixable: true,
            },
          ),
        );
        continue;
      }
    }
    if (e.parent) continue; // reported once for the parent object
    out.push(
      report('ignored-key', 'warning', { offset: e.member.keyStart }, { ...explainIgnored(model, e), key: e.key }),
    );
  }
  return out;
}

/** Objects under keys dockerd does not know: their children are checked, then dropped. */
export function ignoredObjects(model: DaemonConfigModel, report: Report): Diagnostic[] {
  const parents = new Map<string, FileEntry[]>();
  for (const e of model.entries)
    if (e.parent && e.effect !== 'effective') parents.set(e.parent.key, [...(parents.get(e.parent.key) ?? []), e]);
  const out: Diagnostic[] = [];
  for (const root of model.doc?.root?.kind === 'object' ? model.doc.root.members : []) {
    if (root.value.kind !== 'object' || model.catalogue.isFlat(root.key) || model.catalogue.field(root.key)) continue;
    const children = parents.get(root.key) ?? [];
    if (children.some((c) => c.effect === 'unknown')) continue; // the unknown children say it
    const lost = children.filter((c) => model.catalogue.field(c.key)).map((c) => `"${c.key}"`);
    out.push(
      report(
        'ignored-object',
        'warning',
        { offset: root.keyStart },
        {
          message: `"${root.key}" is not a dockerd option; dockerd checks the keys inside it as top-level keys, then ignores them${lost.length ? ` (${lost.join(', ')} inside it has no effect)` : ''}`,
          key: root.key,
          hint: lost.length
            ? `move ${lost.join(', ')} to the top level and remove "${root.key}"`
            : `remove "${root.key}"`,
        },
      ),
    );
  }
  return out;
}
