import { posix } from 'node:path';
import type { Source } from '../diagnostics/types.js';
import { maskCredentials } from '../diagnostics/redact.js';
import { english, said, type Said } from '../i18n/said.js';
import { codePointName } from './env-file.js';
import { renderExecCommand, type ExecCommand } from './systemd/exec-command.js';
import { readServiceView } from './systemd/service-view.js';
import type { UnitFile } from './systemd/unit-file.js';

/**
 * The drop-in that lets "hosts" live in daemon.json on a unit whose ExecStart= passes -H
 * (Debian and docker-ce pass `-H fd://`): dockerd refuses to start when hosts is set both as a
 * flag and in the file, so the drop-in repeats ExecStart= without the -H flags.
 */

/** Where the drop-in goes on the target system. */
export const HOSTS_DROP_IN_PATH = '/etc/systemd/system/docker.service.d/dockerd-config-hosts.conf';

/** The first line of the drop-in: how we recognise our own file. */
export const HOSTS_DROP_IN_MARKER = '# Written by dockerd-config.';

/** A host flag on a command line: `words` words starting at `index` (in ExecCommand.words). */
export interface HostFlag {
  index: number;
  words: 1 | 2;
  value: string;
}

/** -H X, -H=X, -HX, --host X, --host=X, as dockerd's flag parser accepts them. */
export function findHostFlags(command: ExecCommand): HostFlag[] {
  const flags: HostFlag[] = [];
  for (let i = command.firstArg; i < command.resolved.length; i++) {
    const word = command.resolved[i] as string;
    if (word === '--') break;
    if (word === '-H' || word === '--host') {
      flags.push({ index: i, words: 2, value: command.resolved[i + 1] ?? '' });
      i++;
    } else if (word.startsWith('--host=')) flags.push({ index: i, words: 1, value: word.slice('--host='.length) });
    else if (/^-H./.test(word)) flags.push({ index: i, words: 1, value: word.slice(word[2] === '=' ? 3 : 2) });
  }
  return flags;
}

/** The command line without its host flags, every other word exactly as written. */
export function withoutHostFlags(command: ExecCommand): string {
  const drop = new Set(findHostFlags(command).flatMap((f) => (f.words === 2 ? [f.index, f.index + 1] : [f.index])));
  return renderExecCommand(command.words.filter((_, i) => !drop.has(i)));
}

/** A character a unit file line cannot carry as itself (line breaks, NUL and other controls), or undefined. */
export function controlCharacter(text: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u.exec(text)?.[0];
}

/** The drop-in's text for the unit's ExecStart= command (which has host flags). */
export function renderHostsDropIn(command: ExecCommand, daemonJsonPath = '/etc/docker/daemon.json'): string {
  if (controlCharacter(daemonJsonPath) !== undefined) throw new RangeError('control character in a unit file line');
  return [
    HOSTS_DROP_IN_MARKER,
    `# "hosts" is set in ${daemonJsonPath}, and dockerd refuses to start when -H is also`,
    "# given on its command line. This drop-in repeats the unit's ExecStart= without the -H",
    '# flags. dockerd-config removes it when "hosts" is removed from daemon.json; after',
    '# editing it by hand, run "systemctl daemon-reload".',
    '[Service]',
    'ExecStart=',
    `ExecStart=${withoutHostFlags(command)}`,
    '',
  ].join('\n');
}

export type DropInPlan =
  | { action: 'write'; path: string; text: string; reason: string }
  | { action: 'remove'; path: string; reason: string }
  | { action: 'none'; reason: string }
  /** A drop-in applied after ours sets ExecStart= with -H: ours cannot win; that file must change. */
  | { action: 'blocked'; reason: string; says: Said; source: Source };

/** Blocked: the reason becomes a diagnostic's hint, so it is a catalogue sentence too. */
const blocked = (source: Source, says: Said): DropInPlan => ({
  action: 'blocked',
  reason: english(says),
  says,
  source,
});

export interface HostsDropInInput {
  /** The unit as resolved, our drop-in included when it exists (see resolveUnit). */
  unit: { name: string; systemPath: string; scope: 'system' | 'user'; files: readonly UnitFile[] };
  /** Our drop-in's path as read (under --root), and its text (null when absent). */
  dropInPath: string;
  current: string | null;
  /** Will daemon.json set "hosts" (after the change being planned)? */
  hostsInDaemonJson: boolean;
  daemonJsonPath?: string;
}

/**
 * Decides what to do with our drop-in. Pure: the unit's files are already read.
 * - hosts in daemon.json and the unit's own ExecStart= has -H → write (or keep) the drop-in;
 * - otherwise an existing drop-in of ours is no longer needed → remove it.
 */
export function planHostsDropIn(input: HostsDropInInput): DropInPlan {
  const { unit, dropInPath, current } = input;
  const ours = current !== null && current.startsWith(HOSTS_DROP_IN_MARKER);
  const others = unit.files.filter((f) => f.path !== dropInPath);
  const base = readServiceView(others, { unitName: unit.name, unitPath: unit.systemPath, scope: unit.scope })
    .execStart[0];
  const needed = input.hostsInDaemonJson && base !== undefined && findHostFlags(base).length > 0;
  if (!needed) {
    if (current === null) return { action: 'none', reason: 'no drop-in needed' };
    if (!ours) return { action: 'none', reason: `${dropInPath} was not written by dockerd-config; left alone` };
    return {
      action: 'remove',
      path: dropInPath,
      reason: input.hostsInDaemonJson ? 'the unit no longer passes -H' : '"hosts" is no longer set in daemon.json',
    };
  }
  const baseFile = unit.files.find((f) => f.path === base.source.path);
  if (baseFile?.kind === 'drop-in' && posix.basename(baseFile.path) > posix.basename(dropInPath)) {
    return blocked(
      base.source,
      said('files.dropIn.blockedLater', {
        where: `${base.source.path}:${base.source.line}`,
        dropIn: posix.basename(dropInPath),
      }),
    );
  }
  // The path goes into a comment line: a line break would end it and start a directive of its own.
  const control = controlCharacter(input.daemonJsonPath ?? '');
  if (control !== undefined)
    return blocked(
      { kind: 'drop-in', path: dropInPath },
      said('change.meaning.unitControl', {
        path: maskCredentials(JSON.stringify(input.daemonJsonPath ?? '')),
        char: codePointName(control),
      }),
    );
  const text = renderHostsDropIn(base, input.daemonJsonPath);
  if (current === text) return { action: 'none', reason: 'the drop-in is up to date' };
  if (current !== null && !ours)
    return blocked({ kind: 'drop-in', path: dropInPath }, said('files.dropIn.blockedNotOurs', { path: dropInPath }));
  return {
    action: 'write',
    path: dropInPath,
    text,
    reason: `${base.source.path}:${base.source.line} passes ${maskCredentials(
      findHostFlags(base)
        .map((f) => `-H ${f.value}`)
        .join(' '),
    )}`,
  };
}
