import { emptyTraced, pushChar, type Traced } from './traced.js';

/** One `KEY=value` as systemd's EnvironmentFile= reader sees it. */
export interface SystemdEnvEntry {
  name: string;
  value: Traced;
  /** Offset of the first character of the key. */
  offset: number;
  /** systemd drops assignments whose name is not a valid variable name ("export FOO", "FOO BAR"). */
  valid: boolean;
}

const WHITESPACE = ' \t\n\r';
const NEWLINE = '\n\r';
/** Characters a backslash escapes inside "…" (the rest keep their backslash, as in sh). */
const SHELL_NEED_ESCAPE = '"\\`$';

export const isEnvName = (name: string): boolean => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);

type State =
  | 'pre-key'
  | 'key'
  | 'pre-value'
  | 'value'
  | 'value-escape'
  | 'single'
  | 'double'
  | 'double-escape'
  | 'comment'
  | 'comment-escape';

/**
 * Reads an environment file the way systemd's EnvironmentFile= does (parse_env_file_internal,
 * systemd ≥ 254 for comments): `#`/`;` comments only at the start of a line, quotes only where
 * a value (or a quoted part of it) starts, no `$` expansion at all, and `export` is not special —
 * "export FOO=bar" has the key "export FOO" and is dropped.
 */
export function parseSystemdEnvFile(text: string): SystemdEnvEntry[] {
  const entries: SystemdEnvEntry[] = [];
  let state: State = 'pre-key';
  let key = '';
  let keyStart = 0;
  let value: Traced = emptyTraced();
  /** Length of the value before its trailing unquoted whitespace, which is dropped. */
  let valueTrimmedLength: number | undefined;

  const push = (chomp: boolean): void => {
    if (chomp && valueTrimmedLength !== undefined) {
      value = { text: value.text.slice(0, valueTrimmedLength), at: value.at.slice(0, valueTrimmedLength) };
    }
    const name = key.replace(/[ \t\n\r]+$/, '');
    entries.push({ name, value, offset: keyStart, valid: isEnvName(name) });
    key = '';
    value = emptyTraced();
    valueTrimmedLength = undefined;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    switch (state) {
      case 'pre-key':
        if (c === '#' || c === ';') state = 'comment';
        else if (!WHITESPACE.includes(c)) {
          state = 'key';
          key = c;
          keyStart = i;
        }
        break;
      case 'key':
        if (NEWLINE.includes(c)) {
          state = 'pre-key';
          key = '';
        } else if (c === '=') {
          state = 'pre-value';
          valueTrimmedLength = undefined;
        } else key += c;
        break;
      case 'pre-value':
        if (NEWLINE.includes(c)) {
          state = 'pre-key';
          push(false);
        } else if (c === "'") state = 'single';
        else if (c === '"') state = 'double';
        else if (c === '\\') state = 'value-escape';
        else if (!WHITESPACE.includes(c)) {
          state = 'value';
          pushChar(value, c, i);
        }
        break;
      case 'value':
        if (NEWLINE.includes(c)) {
          state = 'pre-key';
          push(true);
        } else if (c === '\\') {
          state = 'value-escape';
          valueTrimmedLength = undefined;
        } else {
          if (!WHITESPACE.includes(c)) valueTrimmedLength = undefined;
          else valueTrimmedLength ??= value.text.length;
          pushChar(value, c, i);
        }
        break;
      case 'value-escape':
        state = 'value';
        if (!NEWLINE.includes(c)) pushChar(value, c, i);
        break;
      case 'single':
        if (c === "'") state = 'pre-value';
        else pushChar(value, c, i);
        break;
      case 'double':
        if (c === '"') state = 'pre-value';
        else if (c === '\\') state = 'double-escape';
        else pushChar(value, c, i);
        break;
      case 'double-escape':
        state = 'double';
        if (SHELL_NEED_ESCAPE.includes(c)) pushChar(value, c, i);
        else if (c !== '\n') {
          pushChar(value, '\\', i - 1);
          pushChar(value, c, i);
        }
        break;
      case 'comment':
        if (c === '\\') state = 'comment-escape';
        else if (NEWLINE.includes(c)) state = 'pre-key';
        break;
      case 'comment-escape':
        state = NEWLINE.includes(c) ? 'pre-key' : 'comment';
        break;
    }
  }
  if (
    state === 'pre-value' ||
    state === 'value' ||
    state === 'value-escape' ||
    state === 'single' ||
    state === 'double' ||
    state === 'double-escape'
  ) {
    push(state === 'value');
  }
  return entries;
}

/** The variables an EnvironmentFile= sets: valid names only, the last assignment of a name wins. */
export function systemdEnvVars(entries: readonly SystemdEnvEntry[]): Map<string, SystemdEnvEntry> {
  const vars = new Map<string, SystemdEnvEntry>();
  for (const entry of entries) if (entry.valid) vars.set(entry.name, entry);
  return vars;
}
