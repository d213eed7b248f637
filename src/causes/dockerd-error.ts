// dockerd's error line → which start-up phase failed, the file it names, and the inner message.
// dockerd wraps errors in prefixes that changed between versions; the rules only see what is left.
export type Phase = 'flags' | 'config' | 'validation' | 'tls' | 'listeners' | 'daemon' | 'reload' | 'other';

export interface DockerdError {
  phase: Phase;
  /** "unable to configure the Docker daemon with file X" */
  file?: string;
  /** `Status: invalid argument "v" for "--registry-mirror" flag`: the flag the value came from. */
  flag?: string;
  /** The message once every known prefix is off. */
  detail: string;
  /** The whole message, trimmed. */
  text: string;
}

interface Prefix {
  pattern: RegExp;
  phase: Phase;
}

// Order does not matter: they are peeled repeatedly until none matches.
const PREFIXES: readonly Prefix[] = [
  { pattern: /^Error starting daemon: /, phase: 'daemon' }, // ≤ 17.x, as level=fatal
  { pattern: /^failed to start daemon: /, phase: 'daemon' },
  { pattern: /^invalid JSON: /, phase: 'config' }, // 29.7.2, Debian 28.5.2
  { pattern: /^(merged )?configuration validation from file( and command line flags)? failed: /, phase: 'validation' },
  { pattern: /^file configuration validation failed(: | \()/, phase: 'validation' }, // reload
  { pattern: /^failed to load listeners: /, phase: 'listeners' },
  { pattern: /^(failed to create API server|invalid TLS configuration): /, phase: 'tls' },
  { pattern: /^Error reloading configuration: /, phase: 'reload' }, // 28+, msg + error field
  { pattern: /^Error reconfiguring the daemon: /, phase: 'reload' },
];

const CONFIG_FILE = /^unable to configure the Docker daemon with file (.+?): /;
const FLAG_ARGUMENT = /^invalid argument "(.*)" for "(?:-\w, )?(--?[\w-]+)" flag: /;
const STATUS = /^Status: (.*?)(?:\.?, Code: \d+)?$/;

/** Peel dockerd's prefixes off its message (journal and logrus wrapping already removed). */
export function splitDockerdError(message: string): DockerdError {
  const text = message.trim();
  let detail = text;
  let phase: Phase = 'other';
  let file: string | undefined;
  let flag: string | undefined;
  const status = STATUS.exec(detail);
  if (status) {
    detail = status[1]!;
    phase = 'flags';
  }
  for (let peeled = true; peeled; ) {
    peeled = false;
    const config = CONFIG_FILE.exec(detail);
    if (config) {
      file ??= config[1];
      detail = detail.slice(config[0].length);
      phase = 'config';
      peeled = true;
    }
    const argument = FLAG_ARGUMENT.exec(detail);
    if (argument) {
      flag = argument[2];
      detail = detail.slice(argument[0].length);
      phase = 'flags';
      peeled = true;
    }
    for (const prefix of PREFIXES) {
      const m = prefix.pattern.exec(detail);
      if (!m) continue;
      detail = detail.slice(m[0].length);
      if (m[0].endsWith('(')) detail = detail.replace(/\)$/, '');
      // The innermost prefix names the phase; "failed to start daemon" only when nothing else does.
      if (prefix.phase !== 'daemon' || phase === 'other') phase = prefix.phase;
      peeled = true;
    }
  }
  return { phase, ...(file !== undefined ? { file } : {}), ...(flag !== undefined ? { flag } : {}), detail, text };
}
