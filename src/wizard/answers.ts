import type { Intent } from '../plan/make-plan.js';

/** What the person chose, in the order the steps ask it. The wizard turns it into intents (to-intents.ts). */
export interface WizardAnswers {
  mirrors?: { add: string[]; remove: string[] };
  /** Other registries' mirrors: their hosts.toml, written with the rest as one change. */
  registryMirrors?: { registry: string; add: string[]; remove: string[] }[];
  /** Insecure registries, and registries whose CA is trusted instead (`registry trust`). */
  insecure?: { add: string[]; trust?: { registry: string; ca: { path: string; text: string } }[] };
  remoteApi?: RemoteApi;
  keys?: { key: string; value: unknown }[];
  removals?: Removal[];
}

export type RemoteApi =
  | { kind: 'loopback'; address: string }
  | { kind: 'tls'; address: string; ca: string; cert: string; key: string }
  /** Confirmed, red flag and all: anyone who reaches it is root on the host. */
  | { kind: 'insecure'; address: string };

/** A whole key, or one entry of a list setting. */
export type Removal = { kind: 'key'; key: string } | { kind: 'entry'; key: string; value: string };

/** The same intents `mirror add`, `insecure add`, `host add`, `set` and `unset` would make. Pure. */
export function toIntents(answers: WizardAnswers): { intents: Intent[]; allowInsecureTcp: boolean } {
  const intents: Intent[] = [];
  const { mirrors, insecure, remoteApi, keys, removals } = answers;
  if (mirrors?.remove.length) intents.push({ kind: 'remove', key: 'registry-mirrors', values: mirrors.remove });
  if (mirrors?.add.length) intents.push({ kind: 'add', key: 'registry-mirrors', values: mirrors.add });
  if (insecure?.add.length) intents.push({ kind: 'add', key: 'insecure-registries', values: insecure.add });
  if (remoteApi) {
    intents.push({ kind: 'add', key: 'hosts', values: [remoteApi.address] });
    if (remoteApi.kind === 'tls') {
      intents.push({ kind: 'set', key: 'tlsverify', value: true });
      intents.push({ kind: 'set', key: 'tlscacert', value: remoteApi.ca });
      intents.push({ kind: 'set', key: 'tlscert', value: remoteApi.cert });
      intents.push({ kind: 'set', key: 'tlskey', value: remoteApi.key });
    }
  }
  for (const { key, value } of keys ?? []) intents.push({ kind: 'set', key, value });
  for (const removal of removals ?? []) {
    intents.push(
      removal.kind === 'key'
        ? { kind: 'unset', key: removal.key }
        : { kind: 'remove', key: removal.key, values: [removal.value] },
    );
  }
  return { intents, allowInsecureTcp: remoteApi?.kind === 'insecure' };
}
