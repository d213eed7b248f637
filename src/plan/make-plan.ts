import { getNodeValue, parseTree } from 'jsonc-parser';
import { hint, hintOf, message, messageOf } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { catalogueFor } from '../engine/catalogue.js';
import type { EngineVersion } from '../engine/version.js';
import { said, type Said } from '../i18n/said.js';
import { tooDeepToEdit } from '../jsonfile/depth.js';
import { inexactRefusal } from '../jsonfile/editable.js';
import { duplicateNotes, editDaemonJson, type DaemonJsonChange, type DuplicateNote } from '../targets/daemon-json.js';
import { HOSTS_DROP_IN_MARKER } from '../targets/drop-in.js';
import { readEnvFile, setEnvFileWords, wordsDockerdGets } from '../targets/env-file.js';
import { findFlag, flagWord, withoutFlag, type FlagSpelling } from './flag-words.js';
import { DEFAULT_UNIX_SOCKET, isLocalListener } from '../validate/values/hosts/daemon-host.js';
import { distinctEntries, HOSTS, listSettingFor, sameEntry, type ListSetting } from './list-settings.js';
import type { PlanState } from './state.js';
import type { FileChange } from './types.js';

/** What the user asked for, as data. `apply` turns a partial daemon.json into these. */
export type Intent =
  | { kind: 'add'; key: string; values: readonly unknown[] }
  | { kind: 'remove'; key: string; values: readonly unknown[] }
  | { kind: 'set'; key: string; value: unknown }
  | { kind: 'unset'; key: string };

export type Location = 'daemon-json' | 'env-file';

export interface PlanOptions {
  target?: Location;
}

export interface Plan {
  changes: FileChange[];
  /** Keys whose value changes (reload or restart decisions, later). */
  changedKeys: string[];
  /** Refusals (errors) and notes (warnings, info) made while planning. */
  diagnostics: Diagnostic[];
  /** A unit or drop-in changed: systemd must re-read it. */
  needsDaemonReload: boolean;
}

/** The flag of this engine version that sets a daemon.json key: `--registry-mirror` for registry-mirrors, `-D` for debug … */
export function flagForKey(key: string, engine: EngineVersion): FlagSpelling | undefined {
  const catalogue = catalogueFor(engine);
  const spec = catalogue.namedFlag(key) ?? catalogue.flags.get(key);
  return spec && { long: spec.name, short: spec.short, bool: spec.kind === 'bool' };
}

function topLevelValue(text: string | null, key: string): { present: boolean; value: unknown } {
  if (!text) return { present: false, value: undefined };
  const root = parseTree(text);
  const member = root?.type === 'object' ? root.children?.find((p) => p.children?.[0]?.value === key) : undefined;
  // A damaged file may hold a key without a value (`{"k": }`): present, with no value.
  const value = member?.children?.[1];
  return member ? { present: true, value: value && getNodeValue(value) } : { present: false, value: undefined };
}

const fromUnit = (state: PlanState, flag: FlagSpelling) =>
  findFlag(
    state.args.filter((a) => a.source.kind !== 'env-file').map((a) => a.value),
    flag,
  );

const refusal = (what: Said, fix: Said | string, key: string, file?: string): Diagnostic => ({
  id: 'invalid-value',
  severity: 'error',
  ...messageOf(what),
  ...(typeof fix === 'string' ? { hint: fix } : hintOf(fix)),
  key,
  file,
  fixable: false,
});

/**
 * Turns intents into file changes: each setting is edited where it already lives
 * (daemon.json or DOCKER_OPTS), a new one goes to daemon.json or `--target` — never both.
 * Pure: the caller validates the resulting configuration and writes it.
 */
export function makePlan(state: PlanState, intents: readonly Intent[], options: PlanOptions = {}): Plan {
  // jsonc-parser's tree is recursive: a file nested too deep for it is refused, not crashed on; so
  // is one whose bytes an edit could not write back (invalid UTF-8).
  const { text, read } = state.daemonJson;
  const asRead = read && read.text === text ? read : undefined;
  const guard =
    intents.length === 0
      ? undefined
      : (tooDeepToEdit(text, state.daemonJson.path) ?? (asRead && inexactRefusal(asRead, state.daemonJson.path)));
  if (guard) return { changes: [], changedKeys: [], diagnostics: [guard], needsDaemonReload: false };
  // A BOM (UTF-8's, or UTF-16's, which 23.0+ reads): edit the JSON after it, then write the file
  // back as it came, BOM and encoding included.
  if (asRead && text?.startsWith('\ufeff')) {
    const plan = makePlan(
      { ...state, daemonJson: { path: state.daemonJson.path, text: text.slice(1) } },
      intents,
      options,
    );
    const changes = plan.changes.map((c) =>
      c.kind === 'daemon-json' && !c.remove
        ? { ...c, before: asRead.bytes, after: `\ufeff${c.after}`, encoding: asRead.encoding }
        : c,
    );
    return { ...plan, changes };
  }
  const diagnostics: Diagnostic[] = [];
  const jsonChanges: DaemonJsonChange[] = [];
  let envWords = envWordsOf(state);
  let envTouched = false;
  let needsDropIn = false;
  let hostsInJson = false;
  const changedKeys = new Set<string>();

  for (const intent of intents) {
    const flag = flagForKey(intent.key, state.engine);
    const setting = listSettingFor(intent.key);
    const inFile = topLevelValue(state.daemonJson.text, intent.key).present;
    const inEnv = flag !== undefined && findFlag(envWords, flag).length > 0;
    const location: Location = inFile ? 'daemon-json' : inEnv ? 'env-file' : (options.target ?? 'daemon-json');

    if (location === 'env-file') {
      if (!flag) {
        diagnostics.push(
          refusal(
            said('files.plan.noFlag', { key: intent.key }),
            said('files.plan.hint.noEnvTarget'),
            intent.key,
            state.envFile.path,
          ),
        );
        continue;
      }
      if (state.envFile.readBy.length === 0) {
        diagnostics.push({
          id: 'env-file-ignored',
          severity: 'error',
          ...message('files.plan.envFileIgnored', { path: state.envFile.path }),
          ...hint('files.plan.hint.envFileIgnored'),
          file: state.envFile.path,
          key: intent.key,
          fixable: false,
        });
        continue;
      }
      const next = editWords(envWords, flag, intent, setting, state);
      if (next.join('\u0000') !== envWords.join('\u0000')) {
        envWords = next;
        envTouched = true;
        changedKeys.add(intent.key);
      }
      continue;
    }

    // daemon.json. A flag for the same key in the unit would conflict; -H is the one we can move.
    if (flag && fromUnit(state, flag).length > 0 && intent.kind !== 'remove' && intent.kind !== 'unset') {
      if (setting === HOSTS && state.hostsDropIn) needsDropIn = true;
      else {
        diagnostics.push(
          refusal(
            said('files.plan.setByFlag', { key: intent.key, flag: flag.long }),
            setting === HOSTS && state.hostsDropInBlocked
              ? state.hostsDropInBlocked
              : said('files.plan.hint.setByFlag'),
            intent.key,
            state.daemonJson.path,
          ),
        );
        continue;
      }
    }
    jsonChanges.push(...jsonChange(intent, setting, state));
    changedKeys.add(intent.key);
    if (setting === HOSTS) hostsInJson = true;
  }

  const changes: FileChange[] = [];
  if (jsonChanges.length > 0) {
    const edited = editDaemonJson(state.daemonJson.text, jsonChanges);
    if (!edited.ok) {
      const f = edited.failure;
      diagnostics.push({
        id: f.kind === 'not-strict-json' ? 'file-unparsable' : 'invalid-type',
        severity: 'error',
        ...messageOf(f.says),
        file: state.daemonJson.path,
        ...('line' in f ? { line: f.line, column: f.column } : {}),
        ...(f.kind === 'not-strict-json' ? hint('files.plan.hint.repairFirst') : hint('files.plan.hint.fixByHand')),
        fixable: f.kind === 'not-strict-json',
      });
    } else if (edited.changed) {
      changes.push({
        path: state.daemonJson.path,
        kind: 'daemon-json',
        before: bytesOf(state.daemonJson.text),
        after: edited.text,
        newFileMode: 0o644,
      });
      // Never silently: what became of each copy of a key that appeared twice.
      diagnostics.push(...duplicateNotes(state.daemonJson.text, jsonChanges).map((n) => duplicateNote(n, state)));
    }
  }
  if (envTouched) {
    // Bytes that are not UTF-8 would come back as U+FFFD: refused, said where (sh reads bytes).
    const envRead = state.envFile.read;
    const envInexact =
      envRead && envRead.text === state.envFile.text && inexactRefusal(envRead, state.envFile.path, 'env-file');
    const edited = setEnvFileWords(state.envFile.text, envWords, {
      readBySystemd: state.manager === 'systemd' && state.envFile.readBy.includes('systemd unit'),
    });
    if (!edited.ok)
      diagnostics.push(
        refusal(
          edited.says,
          edited.hint ?? said('files.plan.hint.daemonJsonInstead'),
          'DOCKER_OPTS',
          state.envFile.path,
        ),
      );
    else if (edited.changed && envInexact) diagnostics.push(envInexact);
    else if (edited.changed)
      changes.push({
        path: state.envFile.path,
        kind: 'env-file',
        before: bytesOf(state.envFile.text),
        after: edited.text,
        newFileMode: 0o644,
      });
  }
  if (needsDropIn && state.hostsDropIn && state.hostsDropIn.before !== state.hostsDropIn.text) {
    changes.push({
      path: state.hostsDropIn.path,
      kind: 'drop-in',
      before: bytesOf(state.hostsDropIn.before),
      after: state.hostsDropIn.text,
      newFileMode: 0o644,
    });
  }
  const stale = hostsInJson && !needsDropIn ? staleHostsDropIn(state, changes) : undefined;
  if (stale) {
    changes.push(stale);
    diagnostics.push({
      id: 'hosts-drop-in-removed',
      severity: 'info',
      ...message('change.meaning.dropInRemoved', { path: stale.path }),
      file: stale.path,
      key: HOSTS.key,
      fixable: false,
    });
  }
  // Nothing changed on disk means nothing changed, whatever the intents said.
  const keys = changes.length === 0 ? [] : [...changedKeys];
  return { changes, changedKeys: keys, diagnostics, needsDaemonReload: changes.some((c) => c.kind === 'drop-in') };
}

const bytesOf = (text: string | null): Uint8Array | null => (text === null ? null : Buffer.from(text, 'utf8'));

/**
 * The words an edit starts from: what dockerd gets. Under sysvinit that is sh's reading (a
 * trailing `# comment` is not part of the value, and must not be written into it).
 */
function envWordsOf(state: PlanState): string[] {
  const { text, path } = state.envFile;
  if (state.manager !== 'sysvinit' || text === null) return [...state.envFile.words];
  const words = wordsDockerdGets(readEnvFile(text, path, { shDefaults: { DOCKER_OPTS: '' } }), state.manager);
  return words ? words.map((w) => w.value) : [...state.envFile.words];
}

function duplicateNote(note: DuplicateNote, state: PlanState): Diagnostic {
  const last = note.lines[note.lines.length - 1] ?? 0;
  // Line numbers joined the way each language joins a list.
  const list = (lines: readonly number[]): string | Said =>
    lines
      .map(String)
      .reduce<string | Said>((first, next) => (first === '' ? next : said('files.list.comma', { first, next })), '');
  const earlier = { key: note.key, last, earlier: list(note.lines.slice(0, -1)), count: note.lines.length - 1 };
  const says =
    note.fate === 'removed'
      ? said('change.meaning.duplicateRemoved', { key: note.key, lines: list(note.lines) })
      : note.fate === 'kept'
        ? said('change.meaning.duplicateKept', earlier)
        : note.merged
          ? said('change.meaning.duplicateMerged', earlier)
          : said('change.meaning.duplicateEdited', earlier);
  return {
    id: 'json-duplicate-key',
    severity: 'info',
    ...messageOf(says),
    file: state.daemonJson.path,
    line: last,
    key: note.key,
    fixable: false,
  };
}

/**
 * Our hosts drop-in once daemon.json no longer sets "hosts": its own comment promises it is
 * removed then (the unit's -H applies again). A drop-in someone else wrote is left alone.
 */
function staleHostsDropIn(state: PlanState, changes: readonly FileChange[]): FileChange | undefined {
  const dropIn = state.hostsDropIn;
  if (!dropIn?.before?.startsWith(HOSTS_DROP_IN_MARKER)) return undefined;
  const json = changes.find((c) => c.kind === 'daemon-json');
  if (!json || topLevelValue(json.after, HOSTS.key).present) return undefined;
  return { path: dropIn.path, kind: 'drop-in', before: bytesOf(dropIn.before), after: '', remove: true };
}

function jsonChange(intent: Intent, setting: ListSetting | undefined, state: PlanState): DaemonJsonChange[] {
  const same = sameEntry(setting, state.engine);
  switch (intent.kind) {
    case 'add': {
      // dockerd listens only where `hosts` says: moving hosts into daemon.json must keep the local socket.
      const seed =
        setting !== HOSTS
          ? []
          : state.hostsDropIn && !topLevelValue(state.daemonJson.text, 'hosts').present
            ? hostsFromUnit(state)
            : keepDefaultSocket(state, intent.values);
      return [{ op: 'add-elements', key: intent.key, values: [...seed, ...intent.values], same }];
    }
    case 'remove': {
      // No hosts left: leave the key out (dockerd's default socket) rather than "hosts": [].
      const current = topLevelValue(state.daemonJson.text, intent.key).value;
      const gone = new Set(intent.values.map(same.key));
      const left = Array.isArray(current) ? current.filter((v) => !gone.has(same.key(v))) : undefined;
      if (setting === HOSTS && left?.length === 0) return [{ op: 'remove', key: intent.key }];
      return [{ op: 'remove-elements', key: intent.key, values: intent.values, same }];
    }
    case 'set':
      return [{ op: 'set', key: intent.key, value: intent.value }];
    case 'unset':
      return [{ op: 'remove', key: intent.key }];
  }
}

/**
 * dockerd listens on its default socket only while no address is configured: the first address
 * added (in daemon.json or DOCKER_OPTS) must bring that socket along, or local clients lose it.
 */
function keepDefaultSocket(state: PlanState, adding: readonly unknown[]): string[] {
  const inFile = topLevelValue(state.daemonJson.text, HOSTS.key).value;
  const configured =
    (Array.isArray(inFile) && inFile.length > 0) ||
    findFlag(
      state.args.map((a) => a.value),
      HOSTS.flag,
    ).length > 0;
  const local = adding.some((v) => typeof v === 'string' && isLocalListener(v));
  return configured || local || adding.length === 0 ? [] : [`unix://${DEFAULT_UNIX_SOCKET}`];
}

/** The unit's own -H values, with socket activation (fd://) replaced by the socket it stands for. */
export function hostsFromUnit(state: PlanState): string[] {
  return fromUnit(state, HOSTS.flag).map((o) =>
    o.value.startsWith('fd://') ? `unix://${DEFAULT_UNIX_SOCKET}` : o.value,
  );
}

function editWords(
  words: readonly string[],
  flag: FlagSpelling,
  intent: Intent,
  setting: ListSetting | undefined,
  state: PlanState,
): string[] {
  const same = sameEntry(setting, state.engine);
  switch (intent.kind) {
    case 'add': {
      // By key, not pairwise: thousands of values at once stay linear (issue 14).
      const present = new Set(findFlag(words, flag).map((o) => same.key(o.value)));
      const fresh = distinctEntries(intent.values.map(String), same).filter((v) => !present.has(same.key(v)));
      const seed = setting === HOSTS && fresh.length > 0 ? keepDefaultSocket(state, fresh) : [];
      return [...words, ...[...seed, ...fresh].map((v) => flagWord(flag, v))];
    }
    case 'remove':
      return withoutFlag(words, flag, (value) => intent.values.some((v) => same(value, v)));
    case 'set': {
      const values = Array.isArray(intent.value) ? intent.value.map(String) : [String(intent.value)];
      const kept = withoutFlag(words, flag, () => true);
      const at = Math.min(...findFlag(words, flag).map((o) => o.start), kept.length);
      return [...kept.slice(0, at), ...values.map((v) => flagWord(flag, v)), ...kept.slice(at)];
    }
    case 'unset':
      return withoutFlag(words, flag, () => true);
  }
}
