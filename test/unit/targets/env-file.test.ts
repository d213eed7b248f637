import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEnvFile, setEnvFileWords } from '../../../src/targets/env-file.js';

const DEBIAN_DEFAULT = readFileSync(
  new URL('../../../fixtures/roots/debian-docker-io/etc/default/docker', import.meta.url),
  'utf8',
);
const PATH = '/etc/default/docker';

interface ReadCase {
  name: string;
  text: string;
  /** undefined: sh cannot know the words offline. */
  sh: string[] | undefined;
  systemd: string[];
  /** A fragment of the env-file-syntax message, or null when the readers agree. */
  flagged: string | null;
}

const readCases: ReadCase[] = [
  { name: "Debian's shipped file (comments only)", text: DEBIAN_DEFAULT, sh: [], systemd: [], flagged: null },
  {
    name: 'double quotes',
    text: 'DOCKER_OPTS="--dns 8.8.8.8 --dns 8.8.4.4"\n',
    sh: ['--dns', '8.8.8.8', '--dns', '8.8.4.4'],
    systemd: ['--dns', '8.8.8.8', '--dns', '8.8.4.4'],
    flagged: null,
  },
  {
    name: 'single quotes',
    text: "DOCKER_OPTS='-H tcp://127.0.0.1:2375'\n",
    sh: ['-H', 'tcp://127.0.0.1:2375'],
    systemd: ['-H', 'tcp://127.0.0.1:2375'],
    flagged: null,
  },
  { name: 'no quotes', text: 'DOCKER_OPTS=--debug\n', sh: ['--debug'], systemd: ['--debug'], flagged: null },
  { name: 'empty', text: 'DOCKER_OPTS=\n', sh: [], systemd: [], flagged: null },
  {
    name: 'indented, no final newline',
    text: '  DOCKER_OPTS="--debug"',
    sh: ['--debug'],
    systemd: ['--debug'],
    flagged: null,
  },
  {
    name: 'the last assignment wins',
    text: 'DOCKER_OPTS="--debug"\nDOCKER_OPTS="--ipv6"\n',
    sh: ['--ipv6'],
    systemd: ['--ipv6'],
    flagged: null,
  },
  {
    name: 'commented-out assignment',
    text: '#DOCKER_OPTS="--dns 8.8.8.8"\nDOCKER_OPTS="--debug"\n',
    sh: ['--debug'],
    systemd: ['--debug'],
    flagged: null,
  },
  {
    name: 'other variables',
    text: 'DOCKERD=/usr/local/bin/dockerd\nDOCKER_OPTS="--debug"\nFOO=bar\n',
    sh: ['--debug'],
    systemd: ['--debug'],
    flagged: null,
  },
  {
    name: 'continuation inside double quotes',
    text: 'DOCKER_OPTS="--debug \\\n  --ipv6"\n',
    sh: ['--debug', '--ipv6'],
    systemd: ['--debug', '--ipv6'],
    flagged: null,
  },
  {
    name: 'export',
    text: 'export DOCKER_OPTS="--debug"\n',
    sh: ['--debug'],
    systemd: [],
    flagged: 'systemd ignores "export DOCKER_OPTS=…"',
  },
  {
    name: 'self-reference',
    text: 'DOCKER_OPTS="$DOCKER_OPTS --registry-mirror=https://m.example"\n',
    sh: ['--registry-mirror=https://m.example'],
    systemd: ['$DOCKER_OPTS', '--registry-mirror=https://m.example'],
    flagged: 'sh expands $DOCKER_OPTS',
  },
  {
    name: 'backticks',
    text: 'DOCKER_OPTS="--label host=`hostname`"\n',
    sh: undefined,
    systemd: ['--label', 'host=`hostname`'],
    flagged: 'sh runs command substitution',
  },
  {
    name: '$(…)',
    text: 'DOCKER_OPTS="--label host=$(hostname)"\n',
    sh: undefined,
    systemd: ['--label', 'host=$(hostname)'],
    flagged: 'command substitution',
  },
  {
    name: 'nested quotes',
    text: `DOCKER_OPTS="--label 'a b'"\n`,
    sh: ['--label', "'a", "b'"],
    systemd: ['--label', 'a b'],
    flagged: 'quotes inside the value',
  },
  {
    name: 'multi-line value',
    text: 'DOCKER_OPTS="--debug\n  --ipv6"\n',
    sh: ['--debug', '--ipv6'],
    systemd: ['--debug', '--ipv6'],
    flagged: 'spans several lines',
  },
  {
    name: 'unquoted continuation',
    text: 'DOCKER_OPTS=--debug \\\n --ipv6\n',
    sh: [],
    systemd: ['--debug', '--ipv6'],
    flagged: 'followed by a command',
  },
  {
    name: 'backslash escapes',
    text: 'DOCKER_OPTS=--label=a\\ b\n',
    sh: ['--label=a', 'b'],
    systemd: ['--label=a', 'b'],
    flagged: null,
  },
  {
    name: 'comment after an unquoted value',
    text: 'DOCKER_OPTS=--debug # verbose\n',
    sh: ['--debug'],
    systemd: ['--debug', '#', 'verbose'],
    flagged: 'sh gives ["--debug"], systemd gives ["--debug", "#", "verbose"]',
  },
  {
    name: 'comment after a quoted value',
    text: 'DOCKER_OPTS="--debug" # verbose\n',
    sh: ['--debug'],
    systemd: ['--debug#', 'verbose'],
    flagged: 'read differently',
  },
  {
    name: 'assignment before a command',
    text: 'DOCKER_OPTS=--debug true\n',
    sh: [],
    systemd: ['--debug', 'true'],
    flagged: 'followed by a command',
  },
  {
    name: 'glob characters',
    text: 'DOCKER_OPTS="--label=a*"\n',
    sh: ['--label=a*'],
    systemd: ['--label=a*'],
    flagged: 'file-name patterns',
  },
  {
    name: 'CRLF line endings',
    text: 'DOCKER_OPTS="--debug"\r\n',
    sh: ['--debug\r'],
    systemd: ['--debug'],
    flagged: 'Windows (CRLF) line endings',
  },
  {
    name: 'unterminated quote',
    text: 'DOCKER_OPTS="--debug\n',
    sh: undefined,
    systemd: ['--debug'],
    flagged: 'a quote is never closed',
  },
  {
    name: 'comment ending in a backslash',
    text: '# old settings \\\nDOCKER_OPTS="--debug"\n',
    sh: ['--debug'],
    systemd: ['--debug'],
    flagged: 'systemd before 254',
  },
  {
    name: 'inside if (both read it)',
    text: 'if [ -d /srv ]; then\n  DOCKER_OPTS="--data-root=/srv/docker"\nfi\n',
    sh: ['--data-root=/srv/docker'],
    systemd: ['--data-root=/srv/docker'],
    flagged: null,
  },
];

describe('readEnvFile', () => {
  it.each(readCases)('$name', ({ text, sh, systemd, flagged }) => {
    const reading = readEnvFile(text, PATH);
    const shWords = reading.sh ? reading.sh.words?.map((w) => w.value) : [];
    expect(shWords).toEqual(sh);
    expect(reading.systemd?.words.map((w) => w.value) ?? []).toEqual(systemd);
    if (flagged === null) expect(reading.diagnostics).toEqual([]);
    else {
      expect(reading.diagnostics).toHaveLength(1);
      expect(reading.diagnostics[0]).toMatchObject({
        id: 'env-file-syntax',
        severity: 'warning',
        file: PATH,
        source: { kind: 'env-file', path: PATH },
      });
      expect(reading.diagnostics[0]?.message).toContain(flagged);
    }
  });

  it('gives each word its line and column', () => {
    const reading = readEnvFile('# comment\nDOCKER_OPTS="--dns 8.8.8.8\n  --ipv6"\n', PATH);
    expect(reading.sh).toMatchObject({ line: 2, column: 1, quoting: 'double' });
    expect(reading.sh?.words).toEqual([
      { value: '--dns', offset: 23, line: 2, column: 14 },
      { value: '8.8.8.8', offset: 29, line: 2, column: 20 },
      { value: '--ipv6', offset: 39, line: 3, column: 3 },
    ]);
    expect(reading.systemd?.words.map((w) => [w.line, w.column])).toEqual([
      [2, 14],
      [2, 20],
      [3, 3],
    ]);
  });

  it('points the words of a self-reference at the line that wrote them', () => {
    const reading = readEnvFile('DOCKER_OPTS="--debug"\nDOCKER_OPTS="$DOCKER_OPTS --ipv6"\n', PATH);
    expect(reading.sh?.words?.map((w) => [w.value, w.line])).toEqual([
      ['--debug', 1],
      ['--ipv6', 2],
    ]);
  });

  it('never shows a password from a URL', () => {
    const reading = readEnvFile(`DOCKER_OPTS="--registry-mirror=https://me:s3cret@m.example --label 'a b'"\n`, PATH);
    expect(reading.diagnostics[0]?.message).toContain('https://me:xxxxx@m.example');
    expect(JSON.stringify(reading.diagnostics)).not.toContain('s3cret');
  });

  it('reads another variable name', () => {
    const reading = readEnvFile("OPTIONS='--selinux-enabled'\n", '/etc/sysconfig/docker', { name: 'OPTIONS' });
    expect(reading.systemd?.words.map((w) => w.value)).toEqual(['--selinux-enabled']);
  });
});

interface EditCase {
  name: string;
  before: string | null;
  words: string[];
  after: string;
  /** The readers that read the words back; the others disagree with the file already (see readCases). */
  readBack?: ('sh' | 'systemd')[];
}

const editCases: EditCase[] = [
  {
    name: 'double quotes kept',
    before: 'DOCKER_OPTS="--debug"\n',
    words: ['--debug', '--ipv6'],
    after: 'DOCKER_OPTS="--debug --ipv6"\n',
  },
  { name: 'single quotes kept', before: "DOCKER_OPTS='--debug'\n", words: ['--ipv6'], after: "DOCKER_OPTS='--ipv6'\n" },
  {
    name: 'no quotes kept when not needed',
    before: 'DOCKER_OPTS=--debug\n',
    words: ['--ipv6'],
    after: 'DOCKER_OPTS=--ipv6\n',
  },
  {
    name: 'no quotes: double quotes added for spaces',
    before: 'DOCKER_OPTS=--debug\n',
    words: ['--debug', '--dns', '1.1.1.1'],
    after: 'DOCKER_OPTS="--debug --dns 1.1.1.1"\n',
  },
  { name: 'empty value', before: 'DOCKER_OPTS="--debug"\n', words: [], after: 'DOCKER_OPTS=""\n' },
  {
    name: 'export kept',
    before: 'export DOCKER_OPTS="--debug"\n',
    words: ['--ipv6'],
    after: 'export DOCKER_OPTS="--ipv6"\n',
    readBack: ['sh'],
  },
  {
    name: 'only the last assignment changes',
    before: 'DOCKER_OPTS="--a"\n# x\nDOCKER_OPTS="--b"\nFOO=1\n',
    words: ['--c'],
    after: 'DOCKER_OPTS="--a"\n# x\nDOCKER_OPTS="--c"\nFOO=1\n',
  },
  {
    name: 'commented-out line untouched',
    before: '#DOCKER_OPTS="--dns 8.8.8.8"\nDOCKER_OPTS=""\n',
    words: ['--debug'],
    after: '#DOCKER_OPTS="--dns 8.8.8.8"\nDOCKER_OPTS="--debug"\n',
  },
  {
    name: 'comments only: line appended',
    before: '# settings\n#DOCKER_OPTS="--dns 8.8.8.8"\n',
    words: ['--debug'],
    after: '# settings\n#DOCKER_OPTS="--dns 8.8.8.8"\nDOCKER_OPTS="--debug"\n',
  },
  {
    name: "Debian's shipped file",
    before: DEBIAN_DEFAULT,
    words: ['--debug'],
    after: `${DEBIAN_DEFAULT}DOCKER_OPTS="--debug"\n`,
  },
  { name: 'no final newline', before: '# settings', words: ['--debug'], after: '# settings\nDOCKER_OPTS="--debug"\n' },
  {
    name: 'CRLF file',
    before: '# settings\r\n',
    words: ['--debug'],
    after: '# settings\r\nDOCKER_OPTS="--debug"\r\n',
    readBack: ['systemd'],
  },
  { name: 'missing file', before: null, words: ['--debug'], after: 'DOCKER_OPTS="--debug"\n' },
  { name: 'empty file', before: '', words: ['--debug'], after: 'DOCKER_OPTS="--debug"\n' },
  {
    name: 'self-reference replaced by plain words',
    before: 'DOCKER_OPTS="$DOCKER_OPTS --debug"\n',
    words: ['--debug', '--ipv6'],
    after: 'DOCKER_OPTS="--debug --ipv6"\n',
  },
  {
    name: 'trailing comment kept',
    before: 'DOCKER_OPTS="--debug" # verbose\n',
    words: ['--ipv6'],
    after: 'DOCKER_OPTS="--ipv6" # verbose\n',
    readBack: ['sh'],
  },
  {
    name: 'same words, different spacing: untouched',
    before: 'DOCKER_OPTS="--debug   --ipv6"\n',
    words: ['--debug', '--ipv6'],
    after: 'DOCKER_OPTS="--debug   --ipv6"\n',
  },
  {
    name: 'other lines byte-identical',
    before: '\tFOO="a b"  \n\nDOCKER_OPTS=\'\'\n; odd\n',
    words: ['-H', 'unix:///var/run/docker.sock'],
    after: '\tFOO="a b"  \n\nDOCKER_OPTS=\'-H unix:///var/run/docker.sock\'\n; odd\n',
  },
];

describe('setEnvFileWords', () => {
  it.each(editCases)('$name', ({ before, words, after, readBack = ['sh', 'systemd'] }) => {
    expect(setEnvFileWords(before, words)).toEqual({ ok: true, text: after, changed: after !== (before ?? '') });
    expect(setEnvFileWords(after, words)).toEqual({ ok: true, text: after, changed: false });
    // Both readers read back exactly the words written.
    const reading = readEnvFile(after, PATH);
    if (readBack.includes('sh')) expect(reading.sh?.words?.map((w) => w.value)).toEqual(words);
    if (readBack.includes('systemd')) expect(reading.systemd?.words.map((w) => w.value)).toEqual(words);
    expect(reading.diagnostics.length > 0).toBe(readBack.length < 2);
  });

  it.each(['a b', '"x"', "it's", '$HOME', '`id`', 'a\\b'])(
    'refuses %j, which the readers would read differently',
    (word) => {
      expect(setEnvFileWords('DOCKER_OPTS=""\n', ['--label', word])).toMatchObject({
        ok: false,
        reason: 'unrepresentable',
        word,
      });
    },
  );
});

describe('the shell reading agrees with the real /bin/sh', () => {
  const dir = mkdtempSync(join(tmpdir(), 'env-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const knowable = readCases.filter((c) => c.sh !== undefined && !c.flagged?.includes('file-name patterns'));

  it.each(knowable)('$name', ({ text, sh }) => {
    const file = join(dir, 'docker');
    writeFileSync(file, text);
    // What /etc/init.d/docker does: DOCKER_OPTS= then `. /etc/default/docker`, then an unquoted $DOCKER_OPTS.
    const out = execFileSync(
      '/bin/sh',
      ['-c', 'DOCKER_OPTS=; . "$1"; for w in $DOCKER_OPTS; do printf "%s\\0" "$w"; done', 'sh', file],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    expect(out.split('\0').slice(0, -1)).toEqual(sh);
  });
});
