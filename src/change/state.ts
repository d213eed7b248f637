import { underRoot, type Ctx } from '../context.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { DetectedEngine } from '../engine/detected.js';
import { detectEngine } from '../sources/detect-engine.js';
import type { PlanState } from '../plan/state.js';
import { readBytes, readText, type ReadResult } from '../sources/fs-read.js';
import { readSources } from '../sources/read-sources.js';
import type { Sources } from '../sources/types.js';
import type { Lang } from '../i18n/index.js';
import { said, sayIn, type Said } from '../i18n/said.js';
import { HOSTS_DROP_IN_PATH, planHostsDropIn } from '../targets/drop-in.js';
import { validateConfig } from '../validate/index.js';
import type { DaemonArg } from '../model/daemon-arg.js';
import type { HostView } from '../validate/types.js';
import { CliError, EXIT } from '../diagnostics/errors.js';
import { hintOf, message, messageOf } from '../diagnostics/say.js';
import { jsValue, loadDaemonConfig, type LocatedSetting } from '../validate/model.js';
import { isJsonNumber, numberOf } from '../targets/json/json-number.js';
import { repairDaemonJson, repairFailureDiagnostic } from '../repair/index.js';
import { decodeForEdit, decodeLegacy, encodeText } from '../jsonfile/decode.js';
import { tooDeepToEdit } from '../jsonfile/depth.js';
import type { GlobalOptions } from './options.js';

/** One file or flag source we read, for `show --sources`. */
export interface SourceInfo {
  role: string;
  path: string;
  exists: boolean;
  note?: string;
}

/** Everything a command needs to know about the host's docker configuration, read once. */
export interface LoadedState {
  engine: DetectedEngine;
  plan: PlanState;
  /** daemon.json's bytes exactly as on disk (BOM, invalid UTF-8 and all). */
  daemonJsonBytes: Uint8Array | null;
  /** The path dockerd is given, quoted in dockerd's own messages. */
  daemonJsonSystemPath: string;
  explicit: boolean;
  sources: SourceInfo[];
  /** Problems found while reading (unreadable files, env-file syntax). */
  readDiagnostics: Diagnostic[];
  host: HostView;
  raw: Sources;
}

/** The files and flags read, for `show --sources`: in English for --json, in the reader's language for text. */
export function sourcesRead(raw: Sources, lang: Lang): SourceInfo[] {
  const say = (s: Said): string => sayIn(lang, s);
  const { unit, envFile: env } = raw.daemonArgs;
  // A role names a kind of source (data, as in --json): its words for people are show.ts's.
  const sources: SourceInfo[] = [
    {
      role: 'daemon.json',
      path: raw.daemonJson.path,
      exists: raw.daemonJson.bytes !== null,
      note: say(raw.daemonJson.why),
    },
  ];
  if (unit)
    sources.push({
      role: 'systemd unit',
      path: unit.path,
      exists: true,
      note: unit.files.length > 1 ? say(said('show.note.dropIns', { count: unit.files.length - 1 })) : undefined,
    });
  if (env)
    sources.push({
      role: 'env file',
      path: env.path,
      exists: env.exists,
      note: say(said(env.used ? 'show.note.envPassed' : 'show.note.envNotPassed', { variable: env.variable })),
    });
  return sources;
}

/** A file that exists and could not be read, said as read-sources.ts says daemon.json's. */
export function unreadableFile(path: string, read: Extract<ReadResult, { ok: false }>): Diagnostic {
  return {
    id: read.code === 'EACCES' || read.code === 'EPERM' ? 'permission-denied' : 'file-unparsable',
    severity: 'error',
    ...(read.says ? messageOf(read.says) : message('service.sources.cannotRead', { path, code: read.code })),
    file: path,
    ...(read.hintSays ? hintOf(read.hintSays) : { hint: undefined }),
    fixable: false,
  };
}

/** Answers the validator's questions about the host, under --root. */
export function hostView(ctx: Ctx): HostView {
  let groups: Set<string> | undefined;
  // Regular files only, size-limited: a FIFO named as tlscert must not hang validate.
  const readFile = (path: string): Uint8Array | undefined => {
    const read = readBytes(ctx, underRoot(ctx, path));
    return read.ok ? read.bytes : undefined;
  };
  return {
    groupExists(name) {
      groups ??= new Set(
        (readText(ctx, underRoot(ctx, '/etc/group')) ?? '')
          .split('\n')
          .map((line) => line.split(':')[0] ?? '')
          .filter(Boolean),
      );
      return groups.has(name);
    },
    // The files the config names are small (TLS certificates and keys): reading is the test.
    fileReadable: (path) => readFile(path) !== undefined,
    readFile,
    stat(path) {
      try {
        const st = ctx.fs.statSync(underRoot(ctx, path));
        const kind = st.isFile() ? 'file' : st.isDirectory() ? 'directory' : st.isSocket() ? 'socket' : 'other';
        return { kind, perm: st.mode & 0o777, uid: st.uid, gid: st.gid };
      } catch {
        return undefined;
      }
    },
    listDir(path) {
      try {
        return ctx.fs.readdirSync(underRoot(ctx, path));
      } catch {
        return undefined;
      }
    },
  };
}

export async function loadState(ctx: Ctx, options: GlobalOptions): Promise<LoadedState> {
  let engine: DetectedEngine;
  try {
    engine = await detectEngine(ctx, options.engineVersion);
  } catch (error) {
    throw new CliError(EXIT.usage, {
      id: 'invalid-value',
      severity: 'error',
      message: (error as Error).message,
      fixable: false,
    });
  }
  const raw = readSources(ctx, { configFileOption: options.configFile, daemonArgsOption: options.daemonArgs });
  const fatal = raw.diagnostics.find((d) => d.id === 'permission-denied');
  if (fatal) throw new CliError(EXIT.permission, fatal);
  // A file that exists but cannot be read (a directory, a FIFO, a device, too large, an I/O error)
  // is not a missing one: nothing is judged or written from it.
  const unread = raw.diagnostics.find((d) => d.id === 'file-unparsable');
  if (unread) throw new CliError(EXIT.problems, unread);

  const info = raw.daemonArgs;
  const env = info.envFile;
  // sh reads bytes, whatever a BOM says: UTF-8, and where it is not, an edit must not turn it into U+FFFD.
  const envBytes = raw.envFile?.bytes ?? null;
  const envDecoded = envBytes === null ? undefined : decodeLegacy(envBytes);
  const envText = envDecoded?.text ?? null;
  const envWords = env?.reading ? (env.reading.systemd?.words ?? env.reading.sh?.words ?? []).map((w) => w.value) : [];
  // By its BOM (UTF-16 as UTF-16), keeping the BOM as U+FEFF: repair sees it, edits write it back.
  const jsonBytes = raw.daemonJson.bytes;
  const editable = jsonBytes === null ? null : decodeForEdit(jsonBytes);
  const daemonJson: PlanState['daemonJson'] = {
    path: raw.daemonJson.path,
    text: editable?.text ?? null,
    ...(editable && jsonBytes ? { read: { ...editable, bytes: jsonBytes } } : {}),
  };

  // Where -H lives on the unit's own ExecStart, our drop-in can take it off.
  let hostsDropIn: PlanState['hostsDropIn'];
  let hostsDropInBlocked: PlanState['hostsDropInBlocked'];
  if (info.unit && info.manager === 'systemd' && info.from === 'systemd') {
    const dropInPath = underRoot(ctx, HOSTS_DROP_IN_PATH);
    const read = readBytes(ctx, dropInPath);
    if (!read.ok && !read.missing) throw new CliError(EXIT.problems, unreadableFile(dropInPath, read));
    const current = read.ok ? Buffer.from(read.bytes).toString('utf8') : null;
    const planned = planHostsDropIn({
      unit: info.unit,
      dropInPath,
      current,
      hostsInDaemonJson: true,
      daemonJsonPath: raw.daemonJson.systemPath,
    });
    if (planned.action === 'write') hostsDropIn = { path: planned.path, text: planned.text, before: current };
    else if (planned.action === 'none' && current !== null)
      hostsDropIn = { path: dropInPath, text: current, before: current };
    else if (planned.action === 'blocked') hostsDropInBlocked = planned.says;
  }

  return {
    engine,
    plan: {
      engine: engine.version,
      daemonJson,
      envFile: {
        path: env?.path ?? underRoot(ctx, '/etc/default/docker'),
        text: envText,
        words: envWords,
        ...(envDecoded && envBytes
          ? {
              read: {
                bytes: envBytes,
                text: envDecoded.text,
                encoding: 'utf-8' as const,
                inexactAt: envDecoded.firstInvalid?.index,
              },
            }
          : {}),
        readBy: env?.used ? [env.readBy.unit ? 'systemd unit' : 'init script'] : [],
      },
      args: info.args,
      manager: info.manager,
      hostsDropIn,
      hostsDropInBlocked,
    },
    daemonJsonBytes: raw.daemonJson.bytes,
    daemonJsonSystemPath: raw.daemonJson.systemPath,
    explicit: raw.daemonJson.explicit,
    sources: sourcesRead(raw, 'en'),
    readDiagnostics: [...raw.diagnostics, ...info.diagnostics],
    host: hostView(ctx),
    raw,
  };
}

/**
 * Validates a daemon.json text (or the exact bytes on disk) with a command line, as the
 * detected engine would. Returns every diagnostic, reading problems included.
 */
export function validateState(
  state: LoadedState,
  text: string | null,
  args: readonly DaemonArg[],
  strict: boolean,
  bytes?: Uint8Array | null,
): Diagnostic[] {
  const result = validateConfig({
    daemonJson: {
      path: state.plan.daemonJson.path,
      bytes:
        bytes !== undefined ? bytes : text === null ? null : encodeText(text, state.plan.daemonJson.read?.encoding),
      explicit: state.explicit,
    },
    args,
    engine: state.engine.version,
    host: state.host,
    strict,
  });
  // dockerd names the file as the system knows it, not where --root put it.
  const onDisk = state.plan.daemonJson.path;
  const named = (d: Diagnostic): Diagnostic =>
    d.dockerd && onDisk !== state.daemonJsonSystemPath
      ? { ...d, dockerd: d.dockerd.replaceAll(onDisk, state.daemonJsonSystemPath) }
      : d;
  return [...state.readDiagnostics, ...result.diagnostics.map(named)];
}

const judgedNow = new WeakMap<LoadedState, Map<boolean, Diagnostic[]>>();

/** The files as they are, judged as dockerd would: once per state (judging a change and its rollback both need it). */
export function currentDiagnostics(state: LoadedState, strict: boolean): Diagnostic[] {
  const byStrictness = judgedNow.get(state) ?? new Map<boolean, Diagnostic[]>();
  judgedNow.set(state, byStrictness);
  let found = byStrictness.get(strict);
  if (!found)
    byStrictness.set(
      strict,
      (found = validateState(state, state.plan.daemonJson.text, state.plan.args, strict, state.daemonJsonBytes)),
    );
  return found;
}

/** The settings in effect (daemon.json flattened as dockerd does, plus flags), by key, with provenance. */
export function effectiveSettings(state: LoadedState): ReadonlyMap<string, LocatedSetting> {
  return loadDaemonConfig({
    daemonJson: { path: state.plan.daemonJson.path, bytes: state.daemonJsonBytes, explicit: state.explicit },
    args: state.plan.args,
    engine: state.engine.version,
  }).settings;
}

/** daemon.json's own errors that stop it from parsing at all (syntax, bytes, the top level): nothing can be read from it. */
export const isUnparsable = (d: Diagnostic): boolean =>
  d.severity === 'error' && (d.id.startsWith('json-') || d.id === 'file-unparsable');

/** Why daemon.json does not parse (file:line:column), or nothing when it does (or does not exist). */
export const unparsableDiagnostics = (state: LoadedState): Diagnostic[] =>
  state.plan.daemonJson.text === null ? [] : currentDiagnostics(state, false).filter(isUnparsable);

/**
 * The settings as a reader should see them. When daemon.json does not parse, dockerd reads none
 * of it (it does not start): the file's settings shown are what `repair` would recover, by key in
 * `recovered`, beside the reasons; the flags' settings are in effect either way.
 */
export interface ReadableSettings {
  settings: ReadonlyMap<string, LocatedSetting>;
  unparsable: Diagnostic[];
  /** Keys whose value comes from repair's recovery, not from a file dockerd can read. */
  recovered: ReadonlySet<string>;
  /** repair cannot recover the file without guessing: its reason. */
  unrecoverable?: Diagnostic;
  /** repair leaves the file as it is (invalid UTF-8 is no syntax to mend): nothing is recovered. */
  notRepairable?: boolean;
}

/** A file setting holding a number that a double would change is shown with the file's digits. */
function withNumbersAsWritten(readable: ReadableSettings): ReadableSettings {
  const settings = new Map(readable.settings);
  for (const [key, setting] of settings) {
    if (setting.from !== 'file' || !setting.node) continue;
    let inexact = false;
    const value = jsValue(setting.node, (raw) => {
      const number = numberOf(raw);
      inexact ||= isJsonNumber(number);
      return number;
    });
    if (inexact) settings.set(key, { ...setting, value });
  }
  return { ...readable, settings };
}

export function readableSettings(state: LoadedState): ReadableSettings {
  return withNumbersAsWritten(settingsToShow(state));
}

function settingsToShow(state: LoadedState): ReadableSettings {
  const unparsable = unparsableDiagnostics(state);
  const text = state.plan.daemonJson.text;
  if (unparsable.length === 0 || text === null) {
    const settings = effectiveSettings(state);
    // A value nested thousands deep is no setting to print (JSON.stringify would overflow): say so.
    for (const setting of settings.values()) {
      if (text === null || !setting.node) continue;
      const deep = tooDeepToEdit(text.slice(0, setting.node.end), state.plan.daemonJson.path);
      if (deep) throw new CliError(EXIT.problems, deep);
    }
    return { settings, unparsable, recovered: new Set() };
  }
  const repaired = repairDaemonJson(text);
  if (!repaired.ok)
    return {
      settings: effectiveSettings(state),
      unparsable,
      recovered: new Set(),
      unrecoverable: repairFailureDiagnostic(state.plan.daemonJson.path, repaired),
    };
  // The text was decoded with U+FFFD for bad bytes: a repair that changes nothing recovers nothing.
  if (repaired.text === text)
    return { settings: effectiveSettings(state), unparsable, recovered: new Set(), notRepairable: true };
  const fromRepair = loadDaemonConfig({
    daemonJson: {
      path: state.plan.daemonJson.path,
      bytes: Buffer.from(repaired.text, 'utf8'),
      explicit: state.explicit,
    },
    args: state.plan.args,
    engine: state.engine.version,
  }).settings;
  // Lines of the repaired text are not the file's: a recovered setting names the file alone.
  const settings = new Map<string, LocatedSetting>();
  const recovered = new Set<string>();
  for (const [key, setting] of fromRepair) {
    if (setting.from !== 'file') settings.set(key, setting);
    else {
      recovered.add(key);
      settings.set(key, {
        key,
        value: setting.value,
        from: 'file',
        source: { kind: 'daemon-json', path: setting.source.path },
      });
    }
  }
  return { settings, unparsable, recovered };
}
