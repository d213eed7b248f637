// SIGHUP logs captured from Debian's dockerd 20.10.24, 26.1.5 and 28.5.2 on this machine
// ("Reloaded configuration" payloads shortened).
import { describe, expect, it } from 'vitest';
import { reloadOutcome } from '../../../src/causes/index.js';

const F = '/tmp/causes-scratch/cap/d20/daemon.json';
const j = (lines: string[]): string => lines.join('\n');

const V20 = {
  signal: `time="2026-11-28T04:24:01.242346920Z" level=info msg="Got signal to reload configuration, reloading from: ${F}"`,
  success:
    'time="2026-11-28T04:24:01.242698330Z" level=info msg="Reloaded configuration: {\\"storage-driver\\":\\"vfs\\",\\"mtu\\":1500,\\"registry-mirrors\\":[\\"http://127.0.0.1:45000/\\"]}"',
  fileError: `time="2026-11-28T04:24:02.746638584Z" level=error msg="unable to configure the Docker daemon with file ${F}: invalid character '}' looking for beginning of object key string"`,
  applyError:
    'time="2026-11-28T04:24:04.267162701Z" level=error msg="Error reconfiguring the daemon: insecure registry ftp://r:5000 should not contain \'://\'"',
  mirror:
    'time="2026-11-28T04:24:05.775513241Z" level=error msg="Error reconfiguring the daemon: invalid mirror: username/password not allowed in URI \\"https://user:xxxxx@mirror.example.com\\""',
};

const G = '/tmp/causes-scratch/cap/d28/daemon.json';
const V28 = {
  signal: `time="2026-11-28T04:27:46.708260110Z" level=info msg="Got signal to reload configuration" config-file=${G}`,
  success:
    'time="2026-11-28T04:27:46.727386765Z" level=info msg="Reloaded configuration" config="{\\"storage-driver\\":\\"vfs\\",\\"registry-mirrors\\":[\\"http://127.0.0.1:45000/\\"]}"',
  fileError: `time="2026-11-28T04:27:48.233257512Z" level=error msg="Error reloading configuration" error="unable to configure the Docker daemon with file ${G}: invalid JSON: invalid character '}' looking for beginning of object key string"`,
  applyError:
    'time="2026-11-28T04:27:49.767339664Z" level=error msg="Error reconfiguring the daemon" error="insecure registry ftp://r:5000 should not contain \'://\'"',
  // 28.3+ checks mirrors when it reads the file: a file error, not an apply error
  mirror:
    'time="2026-11-28T04:27:51.259788641Z" level=error msg="Error reloading configuration" error="file configuration validation failed: invalid mirror: username/password not allowed in URI \\"https://user:xxxxx@mirror.example.com\\""',
};

describe('reloadOutcome', () => {
  it('20.10/26.1: success', () => {
    expect(reloadOutcome(j([V20.signal, V20.success]))).toMatchObject({ outcome: 'success', entry: { lineNo: 2 } });
  });

  it('20.10/26.1: the file does not parse', () => {
    const r = reloadOutcome(j([V20.signal, V20.fileError]));
    expect(r).toMatchObject({ outcome: 'file-error', cause: { id: 'json-syntax', file: F } });
  });

  it('20.10/26.1: applying fails', () => {
    expect(reloadOutcome(j([V20.signal, V20.applyError]))).toMatchObject({
      outcome: 'apply-error',
      cause: { id: 'invalid-insecure-registry', setting: 'insecure-registries' },
    });
    expect(reloadOutcome(j([V20.signal, V20.mirror]))).toMatchObject({
      outcome: 'apply-error',
      cause: { id: 'invalid-mirror' },
    });
  });

  it('28.5: success (structured fields)', () => {
    expect(reloadOutcome(j([V28.signal, V28.success]))).toMatchObject({ outcome: 'success' });
  });

  it('28.5: the file does not parse (error="…")', () => {
    expect(reloadOutcome(j([V28.signal, V28.fileError]))).toMatchObject({
      outcome: 'file-error',
      cause: { id: 'json-syntax', file: G },
    });
    expect(reloadOutcome(j([V28.signal, V28.mirror]))).toMatchObject({
      outcome: 'file-error',
      cause: { id: 'invalid-mirror' },
    });
  });

  it('28.5: "Reloaded configuration" after an apply error is no success', () => {
    const r = reloadOutcome(j([V28.signal, V28.applyError, V28.success]));
    expect(r).toMatchObject({
      outcome: 'apply-error',
      entry: { lineNo: 2 },
      cause: { id: 'invalid-insecure-registry' },
    });
  });

  it('only the last reload counts', () => {
    expect(reloadOutcome(j([V28.signal, V28.fileError, V28.signal, V28.success]))).toMatchObject({
      outcome: 'success',
      entry: { lineNo: 4 },
    });
    expect(reloadOutcome(j([V20.signal, V20.success, V20.signal, V20.applyError]))).toMatchObject({
      outcome: 'apply-error',
    });
  });

  it('a journal, with other lines between', () => {
    const text = j([
      `Nov 28 04:27:46 h dockerd[13763]: ${V28.signal}`,
      'Nov 28 04:27:46 h systemd[1]: Reloading docker.service - Docker Application Container Engine...',
      `Nov 28 04:27:46 h dockerd[13763]: ${V28.fileError}`,
      'Nov 28 04:27:46 h systemd[1]: Reloaded docker.service - Docker Application Container Engine.',
    ]);
    expect(reloadOutcome(text)).toMatchObject({ outcome: 'file-error', entry: { lineNo: 3, pid: 13763 } });
  });

  it('signal seen, no result yet; no reload at all', () => {
    expect(reloadOutcome(V28.signal)).toEqual({ outcome: 'pending' });
    expect(reloadOutcome(j([V20.fileError, V20.success]))).toEqual({ outcome: 'not-found' });
  });

  it('never repeats a password', () => {
    const text = j([
      V28.signal,
      'time="x" level=error msg="Error reloading configuration" error="file configuration validation failed: invalid mirror: \\"https://u:p4ss@m.example.com \\" is not a valid URI"',
    ]);
    const r = reloadOutcome(text);
    expect(r.outcome).toBe('file-error');
    expect(JSON.stringify(r)).not.toContain('p4ss');
  });
});
