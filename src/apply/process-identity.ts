import type { Fs } from '../context.js';

/** A process, told apart from a later one that reuses its pid (start time) or a previous boot. */
export interface ProcessIdentity {
  pid: number;
  /** Field 22 of /proc/PID/stat: start time in clock ticks since boot ('' when unknown). */
  start: string;
  /** /proc/sys/kernel/random/boot_id ('' when unknown). */
  boot: string;
}

function readStat(fs: Fs, pid: number): { start: string; state: string } | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // Field 2 (comm) is in parentheses and may itself hold spaces or ')': count from the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0] ?? '', start: fields[19] ?? '' };
}

export function bootId(fs: Fs): string {
  try {
    return fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return '';
  }
}

export function identityOf(fs: Fs, pid: number): ProcessIdentity {
  return { pid, start: readStat(fs, pid)?.start ?? '', boot: bootId(fs) };
}

export const currentProcess = (fs: Fs): ProcessIdentity => identityOf(fs, process.pid);

/**
 * Is that process still running? 'unknown' when /proc cannot tell (then a lock is never
 * broken automatically: waiting, then a clear message, beats two writers).
 */
export function liveness(fs: Fs, who: ProcessIdentity): 'alive' | 'gone' | 'unknown' {
  const boot = bootId(fs);
  if (who.boot && boot && who.boot !== boot) return 'gone';
  const stat = readStat(fs, who.pid);
  if (!stat) return fs.existsSync('/proc/self/stat') ? 'gone' : 'unknown';
  // A zombie has exited: it only waits for its parent to collect the status.
  if (stat.state === 'Z' || stat.state === 'X') return 'gone';
  if (who.start && stat.start && who.start !== stat.start) return 'gone';
  return 'alive';
}

/** For leftovers named after a pid (temp files): only the pid is known. */
export function pidRunning(fs: Fs, pid: number): boolean {
  const stat = readStat(fs, pid);
  return stat !== undefined && stat.state !== 'Z' && stat.state !== 'X';
}
