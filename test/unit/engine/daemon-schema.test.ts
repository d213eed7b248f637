import { describe, expect, it } from 'vitest';
import { buildDaemonSchema, caseInsensitivePattern, daemonSchemaText } from '../../../src/engine/daemon-schema.js';

describe('schemas/daemon.schema.json', () => {
  const schema = buildDaemonSchema();
  const props = schema.properties as Record<string, Record<string, unknown>>;

  it('is generated from the tables (run `npx vitest run -u test/unit/engine` after changing them)', async () => {
    await expect(daemonSchemaText()).toMatchFileSnapshot('../../../schemas/daemon.schema.json');
  });

  it.each([
    ['debug', { type: ['boolean', 'null'] }],
    ['mtu', { type: ['integer', 'null'], maximum: 2 ** 63 }],
    ['registry-mirrors', { type: ['array', 'null'], items: { type: ['string', 'null'] } }],
    ['log-opts', { type: ['object', 'null'], additionalProperties: { type: ['string', 'null'] } }],
    ['default-shm-size', { type: 'string' }],
    ['proxies', { 'x-since': '23.0' }],
    ['graph', { 'x-removed': '24.0', 'x-refused-since': '23.0' }],
    ['oom-score-adjust', { 'x-removed': '26.0', 'x-refused-since': '25.0' }],
    [
      'allow-nondistributable-artifacts',
      { 'x-ignored-since': '28.1', 'x-deprecated': expect.stringContaining('28.0') },
    ],
    ['registry-mirror', { 'x-ignored': true, 'x-flag': '--registry-mirror' }],
    ['hosts', { 'x-flag': '--host' }],
    ['nri-opts', { 'x-since': '29.2', additionalProperties: false }],
    ['validate', { 'x-since': '23.0', 'x-ignored': true }],
  ])('%s', (key, expected) => {
    expect(props[key]).toMatchObject(expected);
  });

  it('leaves out fields dockerd always rejects, and keeps the top level closed', () => {
    for (const key of ['default-init', 'resolv-conf', 'containerd-plugin-namespace', 'swarm-raft-heartbeat-tick']) {
      expect(props[key]).toBeUndefined();
    }
    expect(schema.additionalProperties).toBe(false);
  });

  it('matches nested struct fields case-insensitively, as Go does', () => {
    const re = new RegExp(caseInsensitivePattern('KeepStorage'), 'u');
    expect(re.test('keepstorage')).toBe(true);
    expect(re.test('\u212aeepStorage')).toBe(true);
    expect(re.test('KeepStorag')).toBe(false);
  });
});
