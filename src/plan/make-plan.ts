import { getNodeValue, parseTree } from 'jsonc-parser';
import { hint, hintOf, message, messageOf } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { catalogueFor } from '../engine/catalogue.js';
import type { EngineVersion } from '../engine/version.js';
import { said, type Said } from '../i18n/said.js';
import { editDaemonJson, type DaemonJsonChange } from '../targets/daemon-json.js';
import { setEnvFileWords } from '../targets/env-file.js';
import { findFlag, flagWord, withoutFlag, type FlagSpelling } from './flag-words.js';
import { DEFAULT_UNIX_SOCKET, isLocalListener } from '../validate/values/hosts/daemon-host.js';
import { HOSTS, listSettingFor, sameEntry, type ListSetting } from './list-settings.js';
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
  return member ? { present: true, value: getNodeValue(member.children![1]!) } : { present: false, value: undefined };
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
  const diagnostics: Diagnostic[] = [];
  const jsonChanges: DaemonJsonChange[] = [];
  let envWords = [...state.envFile.words];
  let envTouched = false;
  let needsDropIn = false;
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
    }
  }
  if (envTouched) {
    const edited = setEnvFileWords(state.envFile.text, envWords);
    if (!edited.ok)
      diagnostics.push(
        refusal(edited.says, said('files.plan.hint.daemonJsonInstead'), 'DOCKER_OPTS', state.envFile.path),
      );
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
  // Nothing changed on disk means nothing changed, whatever the intents said.
  const keys = changes.length === 0 ? [] : [...changedKeys];
  return { changes, changedKeys: keys, diagnostics, needsDaemonReload: changes.some((c) => c.kind === 'drop-in') };
}

const bytesOf = (text: string | null): Uint8Array | null => (text === null ? null : Buffer.from(text, 'utf8'));

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
      const left = Array.isArray(current) ? current.filter((v) => !intent.values.some((x) => same(v, x))) : undefined;
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
      const present = findFlag(words, flag).map((o) => o.value);
      const fresh = intent.values
        .map(String)
        .filter((v, i, all) => !present.some((p) => same(p, v)) && all.findIndex((w) => same(w, v)) === i);
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
