/** Options of ours that take a value in the next word (`--root DIR`), so DIR is not taken for a command. */
const TAKES_VALUE = new Set([
  '--root',
  '--config-file',
  '--engine-version',
  '--daemon-args',
  '--lang',
  '--restart-cmd',
  '--daemon-log',
  '--timeout',
  '--target',
  '--probe-timeout',
]);

/** No command on a terminal means the wizard (DESIGN.md); anywhere else the usage error stands. */
export function withDefaultCommand(argv: readonly string[], onTerminal: boolean): readonly string[] {
  if (!onTerminal) return argv;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--help' || word === '-h' || word === '--version') return argv;
    if (TAKES_VALUE.has(word)) i++;
    else if (!word.startsWith('-')) return argv;
  }
  return ['wizard', ...argv];
}
