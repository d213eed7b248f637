// dockerd's key check after flattening: unknown keys (one error, all of them listed), keys it
// accepts but ignores, objects whose children it checks and then drops, and "validate".
import { hint, hintOf, message, messageOf } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { keyHistory, shortVersion } from '../engine/catalogue.js';
import { parseGoBool } from '../engine/go-parse.js';
import { KEY_TABLE } from '../engine/key-table.js';
import { compareVersions } from '../engine/version.js';
import { said, type Said } from '../i18n/said.js';
import { describeType } from './describe.js';
import { didYouMean } from './did-you-mean.js';
import { goValue } from './go-format.js';
import { jsValue, type DaemonConfigModel, type FileEntry } from './model.js';
import { configFilePrefix, type Report } from './report.js';

/** Why an unknown key is unknown, and what to write instead. */
function explainUnknown(model: DaemonConfigModel, entry: FileEntry): { message: Said; hint: Said; removed: boolean } {
  const { key, parent } = entry;
  const version = shortVersion(model.engine);
  if (parent) {
    const field = model.catalogue.field(parent.key);
    if (field?.type.t === 'struct') {
      const names = Object.keys(field.type.fields);
      const suggestion = didYouMean(key, names);
      return {
        message: said('files.key.notInStruct', {
          key,
          parent: parent.key,
          names: names.map((n) => `"${n}"`).join(', '),
        }),
        hint: suggestion
          ? said('files.hint.didYouMean', { key: suggestion })
          : said('files.key.hint.removeFrom', { key, parent: parent.key }),
        removed: false,
      };
    }
    if (field) {
      const type = describeType(field.type);
      return {
        message: said('files.key.groupTakes', { key, parent: parent.key, type }),
        hint: said('files.key.hint.writeAs', { key: parent.key, type }),
        removed: false,
      };
    }
    return {
      message: said('files.key.groupUnknown', { key, parent: parent.key }),
      hint: said('files.key.hint.removeOrFix', { key: parent.key }),
      removed: false,
    };
  }
  const history = keyHistory(key);
  if (history.acceptedUntil && compareVersions(model.engine, history.acceptedUntil) >= 0) {
    const row = KEY_TABLE[key];
    return {
      message: said('files.key.removed', { key, removedIn: shortVersion(history.acceptedUntil), version }),
      hint: row?.deprecated
        ? said('files.key.hint.removeBecause', { why: row.deprecated.message })
        : said('files.hint.removeIt'),
      removed: true,
    };
  }
  if (history.acceptedFrom && compareVersions(model.engine, history.acceptedFrom) < 0) {
    return {
      message: said('files.key.notYet', { key, version, since: shortVersion(history.acceptedFrom) }),
      hint: said('files.key.hint.removeOrUpgrade'),
      removed: false,
    };
  }
  if (key === 'containerd-plugin-namespace') {
    return {
      message: said('files.key.noFlag', { key }),
      hint: said('files.key.hint.pluginNamespace'),
      removed: false,
    };
  }
  if (Object.hasOwn(KEY_TABLE, key)) {
    return { message: said('files.key.noFlagField', { key }), hint: said('files.hint.removeIt'), removed: false };
  }
  // Keys that take effect first: a flag name is accepted too, but silently ignored ("registry-mirror").
  const effective = Object.keys(KEY_TABLE).filter((k) => model.catalogue.field(k));
  const suggestion = didYouMean(key, effective) ?? didYouMean(key, [...model.catalogue.acceptedKeys()]);
  return {
    message: said('files.key.notAnOption', { key, version }),
    hint: suggestion ? said('files.hint.didYouMean', { key: suggestion }) : said('files.key.hint.checkSpelling'),
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
      { ...messageOf(why.message), key: e.key, ...hintOf(why.hint), dockerd },
    );
  });
}

/** Does dockerd's bool-flag override (f.Value.Set(fmt.Sprint(v))) turn this flag on? */
const setsBoolFlag = (value: unknown): boolean => {
  const parsed = parseGoBool(goValue(value));
  return parsed.ok && parsed.value;
};

function explainIgnored(model: DaemonConfigModel, entry: FileEntry): { message: Said; hint: Said } {
  const { key } = entry;
  const named = model.catalogue.flags.get(key)?.named;
  if (named && named !== key) {
    return {
      message: said('files.key.flagName', { key, named }),
      hint: said('files.key.hint.rename', { named, type: describeType(KEY_TABLE[named]?.type ?? { t: 'any' }) }),
    };
  }
  if (key === 'http-proxy' || key === 'https-proxy' || key === 'no-proxy') {
    return { message: said('files.key.proxyTopLevel', { key }), hint: said('files.key.hint.intoProxies', { key }) };
  }
  if (key === 'containerd-plugins-namespace') {
    return { message: said('files.key.pluginsNamespace', { key }), hint: said('files.key.hint.pluginsNamespaceFlag') };
  }
  const row = KEY_TABLE[key];
  if (row?.deprecated) {
    return {
      message: said('files.key.ignoredDeprecated', {
        key,
        version: shortVersion(model.engine),
        why: row.deprecated.message,
      }),
      hint: said('files.hint.removeIt'),
    };
  }
  if (key === 'config-file')
    return { message: said('files.key.configFile', { key }), hint: said('files.hint.removeIt') };
  return { message: said('files.key.flagOnly', { key }), hint: said('files.hint.removeIt') };
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
              ...message('files.key.validate', { value: goValue(jsValue(e.member.value)) }),
              key: 'validate',
              ...hint('files.key.hint.validate'),
              dockerd: 'configuration OK',
              fixable: true,
            },
          ),
        );
        continue;
      }
    }
    if (e.parent) continue; // reported once for the parent object
    const why = explainIgnored(model, e);
    out.push(
      report(
        'ignored-key',
        'warning',
        { offset: e.member.keyStart },
        { ...messageOf(why.message), key: e.key, ...hintOf(why.hint) },
      ),
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
    // A name Go decodes into a field (any case) is a type error instead (type-check.ts).
    if (root.value.kind !== 'object' || model.catalogue.isFlat(root.key) || model.catalogue.fieldFolded(root.key))
      continue;
    const children = parents.get(root.key) ?? [];
    if (children.some((c) => c.effect === 'unknown')) continue; // the unknown children say it
    const lost = children.filter((c) => model.catalogue.field(c.key)).map((c) => `"${c.key}"`);
    out.push(
      report(
        'ignored-object',
        'warning',
        { offset: root.keyStart },
        {
          ...(lost.length
            ? message('files.key.ignoredObjectLost', { key: root.key, lost: lost.join(', ') })
            : message('files.key.ignoredObject', { key: root.key })),
          key: root.key,
          ...(lost.length
            ? hint('files.key.hint.moveUp', { keys: lost.join(', '), key: root.key })
            : hint('files.hint.removeQuoted', { key: root.key })),
        },
      ),
    );
  }
  return out;
}
