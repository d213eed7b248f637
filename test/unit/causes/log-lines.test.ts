import { describe, expect, it } from 'vitest';
import { entryText, parseLine, parseLog } from '../../../src/causes/index.js';
import { goUnquote } from '../../../src/causes/logrus.js';

describe('parseLine', () => {
  it.each([
    // journalctl -o short (systemd 252, docker.io 20.10)
    [
      'Nov 28 00:32:46 sdbox dockerd[499]: unable to configure the Docker daemon with file /etc/docker/daemon.json: EOF',
      {
        source: 'dockerd',
        pid: 499,
        msg: 'unable to configure the Docker daemon with file /etc/docker/daemon.json: EOF',
      },
    ],
    [
      "Nov 28 00:32:46 sdbox systemd[1]: docker.service: Failed with result 'exit-code'.",
      { source: 'systemd', pid: 1, msg: "docker.service: Failed with result 'exit-code'." },
    ],
    // -o short-iso and -o short-precise
    [
      "2026-11-28T00:32:46+0000 sdbox dockerd[499]: failed to start daemon: Devices cgroup isn't mounted",
      { source: 'dockerd', pid: 499, msg: "failed to start daemon: Devices cgroup isn't mounted" },
    ],
    [
      'Nov 28 00:10:39.398890 sysdtest dockerd[8641]: time="2026-11-28T00:10:39.398890440Z" level=info msg="Starting up"',
      { source: 'dockerd', pid: 8641, level: 'info', msg: 'Starting up' },
    ],
    [
      'Sat 2026-11-28 00:32:46 UTC sdbox dockerd[499]: failed to start daemon: x',
      { source: 'dockerd', pid: 499, msg: 'failed to start daemon: x' },
    ],
    ['[  123.456789] sdbox dockerd[499]: failed to start daemon: x', { source: 'dockerd', pid: 499 }],
    [
      '1795825966.123456 sdbox systemd[1]: docker.service: Start request repeated too quickly.',
      { source: 'systemd', pid: 1 },
    ],
    // snap, rootless, containerd
    ['Nov 28 00:32:46 h docker.dockerd[77]: failed to start daemon: x', { source: 'dockerd', pid: 77 }],
    ['Nov 28 00:32:46 h dockerd-rootless.sh[77]: failed to start daemon: x', { source: 'dockerd', pid: 77 }],
    [
      'Nov 28 00:32:46 h containerd[55]: time="2026-11-28T00:32:46Z" level=info msg="serving..."',
      { source: 'containerd', pid: 55, level: 'info' },
    ],
    ['Nov 28 00:32:46 h kernel: audit: type=1400 apparmor="DENIED"', { source: 'other' }],
    // /var/log/docker.log and journalctl -o cat: no prefix
    [
      'time="2026-11-28T00:24:30.422526296Z" level=info msg="Processing signal \'terminated\'"',
      { source: 'dockerd', level: 'info', msg: "Processing signal 'terminated'" },
    ],
    ['docker.service: Start request repeated too quickly.', { source: 'systemd' }],
    ['Starting docker.service - Docker Application Container Engine...', { source: 'systemd' }],
    ['Started Docker Application Container Engine.', { source: 'systemd' }],
    // systemctl status and restart output, scripts' own lines
    ['     Active: failed (Result: start-limit-hit) since Sat 2026-11-28 00:11:41 UTC; 25ms ago', { source: 'other' }],
    ['× docker.service - Docker Application Container Engine', { source: 'other' }],
    ['             └─8641 /usr/sbin/dockerd -H fd://', { source: 'other' }],
    ['Job for docker.service failed because the control process exited with error code.', { source: 'other' }],
    ['Starting Docker: docker.', { source: 'other' }],
    ['Docker is not running ... failed!', { source: 'other' }],
    ['rc=1', { source: 'other' }],
    ['-- Boot 1c7e5b1e2f7d4e0c --', { source: 'other' }],
    // dockerd's own "Status:" line is dockerd's, not systemctl's
    ['Status: unknown flag: --validate', { source: 'dockerd', msg: 'Status: unknown flag: --validate' }],
  ])('%s', (line, expected) => {
    expect(parseLine(line, 7)).toMatchObject({ ...expected, lineNo: 7, raw: line });
  });

  it('reads 28+ structured fields and unquotes Go strings', () => {
    const e = parseLine(
      'time="2026-11-28T00:00:00Z" level=error msg="Error reloading configuration" error="unable to configure the Docker daemon with file /etc/docker/daemon.json: invalid character \'}\' after top-level value" config-file=/etc/docker/daemon.json',
      1,
    )!;
    expect(e).toMatchObject({ source: 'dockerd', level: 'error', msg: 'Error reloading configuration' });
    expect(e.fields).toEqual({
      error:
        "unable to configure the Docker daemon with file /etc/docker/daemon.json: invalid character '}' after top-level value",
      'config-file': '/etc/docker/daemon.json',
    });
    expect(entryText(e)).toBe(`Error reloading configuration: ${e.fields!.error}`);
  });

  it('keeps keys dockerd spells with punctuation (graphdriver(s)=…) inside a logrus line', () => {
    const e = parseLine(
      'time="2026-11-28T00:10:39.849861314Z" level=info msg="Docker daemon" commit=5d6db84 graphdriver(s)=overlay2 version=20.10.24+dfsg1',
      1,
    )!;
    expect(e).toMatchObject({
      level: 'info',
      msg: 'Docker daemon',
      fields: { 'graphdriver(s)': 'overlay2', version: '20.10.24+dfsg1' },
    });
  });

  it('reads the terminal format and the JSON format', () => {
    expect(
      parseLine('FATA[0000] Error starting daemon: error initializing graphdriver: driver not supported ', 1),
    ).toMatchObject({
      level: 'fatal',
      msg: 'Error starting daemon: error initializing graphdriver: driver not supported',
    });
    expect(
      parseLine(
        'ERRO[2023-02-18T23:25:50.120531265Z] containerd did not exit successfully          error="exit status 1" module=libcontainerd',
        1,
      ),
    ).toMatchObject({
      level: 'error',
      msg: 'containerd did not exit successfully',
      fields: { error: 'exit status 1', module: 'libcontainerd' },
    });
    expect(
      parseLine(
        '{"level":"warning","msg":"Binding to IP address without --tlsverify","time":"2026-11-28T00:00:00Z"}',
        1,
      ),
    ).toMatchObject({
      level: 'warning',
      msg: 'Binding to IP address without --tlsverify',
    });
  });

  it('ignores the " <nil>" error field dockerd logs on a clean shutdown', () => {
    const e = parseLine(
      'time="x" level=info msg="stopping event stream following graceful shutdown" error="<nil>" module=libcontainerd',
      1,
    )!;
    expect(entryText(e)).toBe('stopping event stream following graceful shutdown');
  });

  it('masks credentials in the message, the fields and the raw line', () => {
    const line =
      'Nov 28 00:00:00 h dockerd[9]: time="x" level=error msg="Error reconfiguring the daemon" error="invalid mirror: bad \\"https://u:p4ss@m.example.com\\""';
    const e = parseLine(line, 1)!;
    expect(JSON.stringify(e)).not.toContain('p4ss');
    expect(e.fields!.error).toBe('invalid mirror: bad "https://u:xxxxx@m.example.com"');
  });

  it('skips blank lines and numbers the rest from 1', () => {
    const entries = parseLog('\nfailed to start daemon: a\r\n\n  \nrc=1\n');
    expect(entries.map((e) => e.lineNo)).toEqual([2, 5]);
    expect(entries[0]!.raw).toBe('failed to start daemon: a');
  });
});

describe('goUnquote', () => {
  it.each([
    ['"a \\"b\\" c"', 'a "b" c'],
    ['"tab\\there"', 'tab\there'],
    ['"\\u00e9\\x41\\101"', 'éAA'],
    ['"unknown \\q stays"', 'unknown \\q stays'],
  ])('%s', (quoted, plain) => expect(goUnquote(quoted)).toBe(plain));
});
