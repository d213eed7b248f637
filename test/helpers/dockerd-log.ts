// Reading a dockerd run's combined stdout/stderr the way run-corpus.sh does, so our error lines
// are comparable with the shared corpus's verdicts-*.tsv. Pure.

/** Strip logrus's time="…" prefix, keeping level=… msg=… */
const msgOf = (line: string): string => line.replace(/^time="[^"]*" /, '');

/**
 * dockerd's error line, in order of preference: the first level=fatal line, else the first line
 * that is not a logrus line (dockerd prints its fatal error unformatted on exit; pflag
 * deprecation notices are skipped), else the first level=error line.
 */
export function errorLine(log: string): string {
  const lines = log.split('\n');
  const fatal = lines.find((l) => l.includes('level=fatal'));
  if (fatal !== undefined) return msgOf(fatal);
  const plain = lines.find(
    (l) => !l.startsWith('time="') && l.trim() !== '' && !/^Flag --.* has been deprecated/.test(l),
  );
  if (plain !== undefined) return plain;
  const error = lines.find((l) => l.includes('level=error'));
  return error === undefined ? '' : msgOf(error);
}

/** containerd's own log lines are interleaved with dockerd's; this drops the known noise. */
const CONTAINERD_NOISE =
  /Your kernel does not support|containerd config version|loading plugin|skip loading plugin|failed to load plugin|io\.containerd|module=grpc|\[core\]|serving\.\.\.|containerd successfully booted|starting containerd|failed to enable controllers|could not use snapshotter|cgroup|PLUGINS\.md|stopping event stream|Processing signal|NewSandbox|sandbox|Loading containers|Default bridge|Daemon shutdown|stopping healthcheck|shim/;

/** dockerd's own warnings (msg part), containerd noise removed. */
export function warnings(log: string): string[] {
  return log
    .split('\n')
    .filter((l) => l.includes('level=warning') && !CONTAINERD_NOISE.test(l))
    .map((l) => msgOf(l).replace(/^level=warning /, ''));
}

export interface Anonymise {
  tmp: string;
  port: number;
  /** pids of helper processes a case's .pre snippet started */
  prePids: readonly number[];
}

/** Make a line comparable between runs: $TMP, $PORT and $PREPID instead of this run's values. */
export function anonymise(line: string, a: Anonymise): string {
  let out = line.replaceAll(a.tmp, '$TMP').replaceAll('\t', ' ');
  out = out.replaceAll(`127.0.0.1:${a.port}`, '127.0.0.1:$PORT').replaceAll(`tcp/${a.port}/`, 'tcp/$PORT/');
  for (const pid of a.prePids) out = out.replaceAll(`PID ${pid} `, 'PID $PREPID ');
  return out;
}
