import { parseEngineVersion, type EngineVersion } from '../../../src/engine/version.js';
import type { Setting, ValueContext, ValueProblem } from '../../../src/validate/values/types.js';
import { checkValues } from '../../../src/validate/values/index.js';

export function engine(raw: string): EngineVersion {
  const v = parseEngineVersion(raw);
  if (!v) throw new Error(`bad version ${raw}`);
  return v;
}

export interface FakeHost {
  groups?: string[];
  /** Readable files whose bytes are unknown (content checks skip them). */
  files?: string[];
  /** Readable files with their bytes. */
  contents?: Record<string, string | Uint8Array>;
}

/** A ValueContext from plain daemon.json values; `flags` marks keys that came from dockerd's flags. */
export function ctxOf(
  raw: string,
  values: Record<string, unknown>,
  options: {
    host?: FakeHost;
    flags?: string[];
    socketActivation?: boolean;
    sourceKind?: Setting['source']['kind'];
  } = {},
): ValueContext {
  const settings = new Map<string, Setting>();
  for (const [key, value] of Object.entries(values)) {
    const fromFlag = options.flags?.includes(key) ?? false;
    settings.set(key, {
      key,
      value,
      from: fromFlag ? 'flag' : 'file',
      source: {
        kind: options.sourceKind ?? (fromFlag ? 'daemon-args' : 'daemon-json'),
        path: '/etc/docker/daemon.json',
      },
    });
  }
  const groups = new Set(options.host?.groups ?? ['docker', 'root']);
  const contents = new Map(
    Object.entries(options.host?.contents ?? {}).map(([p, c]) => [
      p,
      typeof c === 'string' ? Buffer.from(c, 'latin1') : c,
    ]),
  );
  const files = new Set([...(options.host?.files ?? []), ...contents.keys()]);
  const ctx: ValueContext = {
    engine: engine(raw),
    settings,
    host: { groupExists: (n) => groups.has(n), fileReadable: (p) => files.has(p), readFile: (p) => contents.get(p) },
  };
  if (options.socketActivation !== undefined) ctx.socketActivation = options.socketActivation;
  return ctx;
}

export function problemsOf(
  raw: string,
  values: Record<string, unknown>,
  options: Parameters<typeof ctxOf>[2] = {},
): ValueProblem[] {
  return checkValues(ctxOf(raw, values, options));
}

export const errorsOf = (problems: ValueProblem[]): ValueProblem[] => problems.filter((p) => p.severity === 'error');

/** The line dockerd prints, given the config file path. */
export function fullLine(p: ValueProblem, file = '/etc/docker/daemon.json'): string {
  return `${p.withFilePrefix ? `unable to configure the Docker daemon with file ${file}: ` : ''}${p.dockerd ?? ''}`;
}
