// A real terminal for the wizard: a tmux server of our own (its own socket), one session running
// one command. Keys go in with send-keys, the screen comes out with capture-pane. A bash around
// the command prints its exit status when it ends, even when Ctrl-C ended it (its trap is a
// handler, not an "ignore", so the command itself still gets SIGINT as usual), and keeps the pane.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Terminal {
  /** Keys by tmux name: 'Enter', 'Space', 'Down', 'C-c', 'C-u'. */
  keys(...keys: string[]): Promise<void>;
  /** Text typed literally. */
  type(text: string): Promise<void>;
  /** The screen and its scrollback, wrapped lines joined. */
  screen(): Promise<string>;
  /** Waits until the screen matches; the screen at that moment. Fails with the screen after `timeoutMs`. */
  waitFor(pattern: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Waits for the command to end; its exit status (128 + the signal that ended it, as shells say). */
  exitCode(timeoutMs?: number): Promise<number>;
  /** Ends the tmux server (and with it the command), if still running. */
  close(): Promise<void>;
}

let serial = 0;
const EXIT_MARK = /\[exited (\d+)\]/;

/** Starts `argv` in a fresh tmux server on a `cols`×`rows` terminal with `env` (LANG etc.). */
export async function openTerminal(
  argv: readonly string[],
  options: { env?: Record<string, string>; cols?: number; rows?: number } = {},
): Promise<Terminal> {
  const socket = `dockerd-config-test-${process.pid}-${serial++}`;
  const tmux = (...args: string[]) => run('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  const quoted = argv.map((word) => `'${word.replace(/'/g, `'\\''`)}'`).join(' ');
  const env = Object.entries({ TERM: 'xterm-256color', NO_COLOR: '1', ...options.env }).flatMap(([k, v]) => [
    '-e',
    `${k}=${v}`,
  ]);
  const script = `trap : INT; ${quoted}; echo "[exited $?]"; sleep 3600`;
  await tmux(
    'start-server',
    ';',
    'set-option',
    '-g',
    'history-limit',
    '5000',
    ';',
    'new-session',
    '-d',
    '-s',
    'test',
    '-x',
    String(options.cols ?? 110),
    '-y',
    String(options.rows ?? 40),
    ...env,
    `bash -c '${script.replace(/'/g, `'\\''`)}'`,
  );

  const screen = async () => (await tmux('capture-pane', '-p', '-J', '-S', '-', '-t', 'test')).stdout;
  const waitFor = async (pattern: string | RegExp, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = await screen();
      if (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)) return text;
      if (Date.now() > deadline)
        throw new Error(`the terminal did not show ${String(pattern)} within ${timeoutMs} ms; it shows:\n${text}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return {
    keys: async (...keys) => void (await tmux('send-keys', '-t', 'test', ...keys)),
    type: async (text) => void (await tmux('send-keys', '-t', 'test', '-l', text)),
    screen,
    waitFor,
    exitCode: async (timeoutMs = 30_000) => Number(EXIT_MARK.exec(await waitFor(EXIT_MARK, timeoutMs))![1]),
    close: async () => {
      await tmux('kill-server').catch(() => undefined);
    },
  };
}
