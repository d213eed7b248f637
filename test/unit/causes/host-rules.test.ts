// dockerd's lines for what it finds on the host (userns-remap, authorization plugins), as the
// real 20.10.24, 26.1.5 and 28.5.2 builds printed them for test/cases/host-* (29.0's from its
// source), classify to a cause naming the setting.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/causes/index.js';
import { CATALOGUES } from '../../../src/i18n/catalogue.js';
import { en as hostEn } from '../../../src/i18n/messages/said/host.js';

const USERNS = 'userns-remap';
const AUTHZ = 'authorization-plugins';

describe('classify: checks against the host', () => {
  it.each<[string, string, string[]]>([
    [
      'unable to configure the Docker daemon with file /etc/docker/daemon.json: merged configuration validation from file and command line flags failed: invalid userland-proxy-path: exec: "/tmp/p": permission denied',
      'userland-proxy-path',
      ['permission denied'],
    ],
    [
      'Error during uid lookup for "dcfg-no-such-user": getent unable to find entry "dcfg-no-such-user" in passwd database',
      USERNS,
      ['dcfg-no-such-user'],
    ],
    ['Uid 4242 has no entry in /etc/passwd: getent unable to find entry "4242" in passwd database', USERNS, ['4242']],
    ['Gid 4242 has no entry in /etc/passwd: getent unable to find entry "4242" in group database', USERNS, ['4242']],
    ['Gid 1001 has no entry in /etc/group: getent unable to find entry "1001" in group database', USERNS, ['1001']],
    [
      'Error during gid lookup for "nobody": getent unable to find entry "nobody" in group database',
      USERNS,
      ['nobody'],
    ],
    [
      'Error during groupname lookup for "dcfg-no-such-group": getent unable to find entry "dcfg-no-such-group" in group database',
      USERNS,
      ['dcfg-no-such-group'],
    ],
    ['Invalid user/group specification in --userns-remap: "root:root:root"', USERNS, ['root:root:root']],
    [
      'Error during "dockremap" user creation: error adding user "dockremap": cannot add user; no useradd/adduser binary found',
      USERNS,
      ['useradd'],
    ],
    ['Can\'t create ID mappings: no subuid ranges found for user "daemon"', USERNS, ['/etc/subuid', 'daemon']],
    ["Can't create ID mappings: open /etc/subuid: no such file or directory", USERNS, ['no such file']],
    [
      "a subdirectory in your graphroot path (/srv/docker/100000.100000) restricts access to the remapped root uid/gid; please fix by allowing 'o+x' permissions on existing directories",
      USERNS,
      ['/srv/docker/100000.100000'],
    ],
    [
      'containerd-snapshotter is explicitly enabled, but is not compatible with userns remapping. Please disable userns remapping or containerd-snapshotter',
      USERNS,
      ['containerd-snapshotter'],
    ],
    [
      'failed to validate authorization plugin: plugin "dcfg-no-such-authz" not found',
      AUTHZ,
      ['dcfg-no-such-authz', '15 s'],
    ],
    [
      'failed to validate authorization plugin: plugin dcfg/authz found but disabled',
      AUTHZ,
      ['dcfg/authz', 'disabled'],
    ],
    ['failed to validate authorization plugin: legacy plugin: Unknown protocol', AUTHZ, ['Unknown protocol']],
  ])('%s', (line, setting, words) => {
    const cause = classify(line);
    expect(cause?.id).toBe('invalid-value');
    expect(cause?.setting).toBe(setting);
    for (const w of words) expect(cause!.message).toContain(w);
    expect(cause!.message).toMatch(/[.?]$/);
    expect(cause!.message).not.toMatch(/\.\.$/);
  });

  it('is in the catalogue, in English and Chinese', () => {
    for (const key of Object.keys(hostEn)) {
      expect(CATALOGUES.en).toHaveProperty([key]);
      const zh = (CATALOGUES.zh as unknown as Record<string, (p: unknown) => string>)[key]!;
      expect(zh(new Proxy({}, { get: () => 'x' }))).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
