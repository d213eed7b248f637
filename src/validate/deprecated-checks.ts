// Deprecated settings: warnings while a version still honours them, errors where a version
// refuses to start with them (graph 23.x, cluster-* 23.x, oom-score-adjust 25.x, api-cors-header
// 28.x), and the pairings that 20.10 and 28+ refuse.
import { hint, hintOf, message } from '../diagnostics/say.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { shortVersion } from '../engine/catalogue.js';
import { KEY_TABLE } from '../engine/key-table.js';
import { atLeast } from '../engine/version.js';
import { english, said, type Said } from '../i18n/said.js';
import { sourceSaid } from '../i18n/source-words.js';
import type { DaemonConfigModel, LocatedSetting } from './model.js';
import { configFilePrefix, validationPrefix, type At, type Report } from './report.js';

/** Go's zero value: what "not set" means for dockerd's `!= ""` / `!= 0` / `len() > 0` checks. */
const isZero = (v: unknown): boolean =>
  v === null ||
  v === undefined ||
  v === '' ||
  v === 0 ||
  v === false ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && v !== null && Object.keys(v).length === 0);

/** Where a setting is: its key in daemon.json, or the flag's source. */
export const settingAt = (model: DaemonConfigModel, s: LocatedSetting): At => {
  if (s.from === 'file' && model.doc && s.node) {
    const entry = model.entries.find((e) => !e.shadowed && e.member.value === s.node);
    if (entry) return { offset: entry.member.keyStart };
  }
  return { source: s.source };
};

const where = (s: LocatedSetting): Said =>
  s.from === 'file'
    ? said('files.where.file', { key: s.key })
    : said('files.where.flag', { flag: s.key, source: sourceSaid(s.source) });

export function deprecatedSettings(model: DaemonConfigModel, report: Report): Diagnostic[] {
  const { engine, settings } = model;
  const out: Diagnostic[] = [];
  for (const s of settings.values()) {
    const row = Object.hasOwn(KEY_TABLE, s.key) ? KEY_TABLE[s.key] : undefined;
    if (!row) continue;
    if (row.refused && atLeast(engine, row.refused.since) && !isZero(s.value)) {
      const text = row.refused.phase === 'validation' ? `${validationPrefix(engine)}${row.refused.go}` : row.refused.go;
      out.push(
        report('removed-key', 'error', settingAt(model, s), {
          ...message('files.deprecated.refused', {
            setting: where(s),
            version: shortVersion(engine),
            why: row.deprecated?.message ?? said('files.deprecated.removed'),
          }),
          key: s.key,
          ...(s.from === 'file'
            ? hint('files.hint.removeFromDaemonJson', { key: s.key })
            : hint('files.hint.removeTheFlag', { source: sourceSaid(s.source) })),
          dockerd: row.refused.phase === 'validation' ? `${configFilePrefix(model.path)}${text}` : text,
        }),
      );
    } else if (row.deprecated && atLeast(engine, row.deprecated.since)) {
      out.push(
        report('deprecated-key', 'warning', settingAt(model, s), {
          ...message('files.deprecated.deprecated', { setting: where(s), why: row.deprecated.message }),
          key: s.key,
          // "use … instead" is advice already; other reasons say why it goes.
          ...(english(row.deprecated.message).startsWith('use')
            ? hintOf(row.deprecated.message)
            : hint('files.deprecated.hint.planRemoval', { why: row.deprecated.message })),
        }),
      );
    }
  }
  return [...out, ...legacyPairings(model, report)];
}

function legacyPairings(model: DaemonConfigModel, report: Report): Diagnostic[] {
  const { engine, settings } = model;
  const out: Diagnostic[] = [];
  const file = (key: string): LocatedSetting | undefined => {
    const s = settings.get(key);
    return s?.from === 'file' && !isZero(s.value) ? s : undefined;
  };
  if (!atLeast(engine, '23.0.0')) {
    const graph = file('graph');
    if (graph && file('data-root')) {
      out.push(
        report('removed-key', 'error', settingAt(model, graph), {
          ...message('files.deprecated.graphAndDataRoot'),
          key: 'graph',
          ...hint('files.deprecated.hint.graph'),
          dockerd: `${configFilePrefix(model.path)}cannot specify both "graph" and "data-root" config file options`,
        }),
      );
    }
    const gFlag = model.args.flags.get('graph');
    const dFlag = model.args.flags.get('data-root');
    if (gFlag && dFlag) {
      out.push(
        report(
          'removed-key',
          'error',
          { source: gFlag.source },
          {
            ...message('files.deprecated.graphFlags'),
            key: 'graph',
            ...hint('files.hint.removeFlag', { flag: '--graph', source: sourceSaid(gFlag.source) }),
            dockerd: 'cannot specify both "--graph" and "--data-root" option',
          },
        ),
      );
    }
    // Debian's 20.10 build links no key-value store backend: any cluster-store stops dockerd.
    const clusterStore = settings.get('cluster-store');
    if (clusterStore && !isZero(clusterStore.value) && /dfsg/.test(engine.raw)) {
      out.push(
        report('removed-key', 'error', settingAt(model, clusterStore), {
          ...message('files.deprecated.clusterStoreDebian', { setting: where(clusterStore) }),
          key: 'cluster-store',
          ...hint('files.deprecated.hint.clusterStore'),
          dockerd:
            'failed to start daemon: Error initializing network controller: error obtaining controller instance: Backend storage not supported yet, please choose one of ',
        }),
      );
    }
    const advertise = settings.get('cluster-advertise');
    const store = settings.get('cluster-store');
    if (advertise && !isZero(advertise.value) && (!store || isZero(store.value))) {
      out.push(
        report('invalid-value', 'error', settingAt(model, advertise), {
          ...message('files.deprecated.advertiseNeedsStore', { setting: where(advertise) }),
          key: 'cluster-advertise',
          ...hint('files.deprecated.hint.advertise'),
          dockerd:
            'failed to start daemon: invalid cluster configuration. --cluster-advertise must be accompanied by --cluster-store configuration',
        }),
      );
    }
  }
  if (atLeast(engine, '28.0.0')) {
    const old = model.entries.find((e) => e.key === 'host-gateway-ip' && !e.shadowed);
    const current = model.entries.find((e) => e.key === 'host-gateway-ips' && !e.shadowed);
    if (old && current) {
      out.push(
        report(
          'flag-file-conflict',
          'error',
          { offset: old.member.keyStart },
          {
            ...message('files.deprecated.hostGatewayBoth'),
            key: 'host-gateway-ip',
            ...hint('files.deprecated.hint.hostGateway'),
            dockerd: `${configFilePrefix(model.path)}host-gateway-ip and host-gateway-ips must not both be specified in the config file`,
          },
        ),
      );
    }
  }
  return out;
}
