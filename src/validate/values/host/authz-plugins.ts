/**
 * authorization-plugins (--authorization-plugin): after NewDaemon, dockerd looks each plugin up
 * (cmd/dockerd/daemon.go validateAuthzPlugins → plugin.Store.Get): first the managed plugins
 * restored from <data-root>/plugins/<id>/config.json, then the legacy (v1) discovery
 * (pkg/plugins/discovery.go): a socket /run/docker/plugins/NAME.sock or NAME/NAME.sock, then a
 * spec file NAME.spec / NAME.json (also under NAME/) in /etc/docker/plugins and
 * /usr/lib/docker/plugins. A plugin found nowhere is retried with back-off (1+2+4+8 s) and
 * refused after about 15 s: "failed to validate authorization plugin: plugin "NAME" not found".
 * A plugin that is found must answer Plugin.Activate and implement "authz": known only at start.
 * The same in 20.10 … 29.
 */
import { posix } from 'node:path';
import { hint, message } from '../../../diagnostics/say.js';
import { goSyntaxMessage, parseFirstValue } from '../../../jsonfile/index.js';
import { goQuote } from '../go/quote.js';
import type { DockerdLine } from '../shared/dockerd-text.js';
import { note, refused } from '../shared/problem.js';
import { fieldOf, isPlainObject, stringListOf, stringOf } from '../shared/settings.js';
import { DEFAULT_DATA_ROOT } from '../storage/data-root-fs.js';
import type { ValueContext, ValueProblem, ValueRule } from '../types.js';

const KEY = 'authorization-plugins';
export const PLUGIN_SOCKETS_DIR = '/run/docker/plugins';
export const PLUGIN_SPECS_DIRS = ['/etc/docker/plugins', '/usr/lib/docker/plugins'] as const;
/** backoff(0…3) slept before the fifth try would pass defaultTimeOut (30 s). */
export const AUTHZ_RETRY_SECONDS = 15;

const line = (reason: string): DockerdLine => ({
  dockerd: `failed to validate authorization plugin: ${reason}`,
  withFilePrefix: false,
});

/** What the lookup finds for one name. */
export type AuthzLookup =
  | { kind: 'missing'; reason: string }
  | { kind: 'disabled'; reason: string }
  | { kind: 'broken'; path?: string; reason?: string }
  | { kind: 'found'; where: string };

const pluginPaths = (base: string, name: string, ext: string): string[] => [
  posix.join(base, name + ext),
  posix.join(base, name, name + ext),
];

const FULL_ID = /^[a-f0-9]{64}$/;

/**
 * reference.ParseNormalizedNamed + TagNameOnly + FamiliarString, as far as plugin names go:
 * undefined for what is not a valid reference (or a canonical one), which the store never finds.
 */
export function familiarPluginName(name: string): string | undefined {
  if (name.includes('@')) return undefined;
  const component = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
  const m = new RegExp(
    `^(?:([a-zA-Z0-9.-]+(?::[0-9]+)?)/)?(${component}(?:/${component})*)(?::([\\w][\\w.-]{0,127}))?$`,
  ).exec(name);
  if (!m) return undefined;
  const tag = m[3] ?? 'latest';
  let domain = m[1];
  let path = m[2] ?? '';
  // A first part without "." or ":" (and not "localhost") is a path component, not a domain.
  if (domain !== undefined && !/[.:]/.test(domain) && domain !== 'localhost') {
    if (domain !== domain.toLowerCase()) return undefined;
    path = `${domain}/${path}`;
    domain = undefined;
  }
  if (domain === 'index.docker.io') domain = 'docker.io';
  let familiar = domain === undefined || domain === 'docker.io' ? path : `${domain}/${path}`;
  if (
    (domain === undefined || domain === 'docker.io') &&
    familiar.startsWith('library/') &&
    !familiar.slice(8).includes('/')
  )
    familiar = familiar.slice(8);
  return `${familiar}:${tag}`;
}

interface ManagedPlugin {
  id: string;
  name: string;
  enabled: boolean;
  authz: boolean;
}

/**
 * The managed plugins dockerd restores from <data-root>/plugins/<id>/config.json (plugin/manager.go
 * reload, loadPlugin): {"plugin": {"Id", "Name", "Enabled", "Config": {"Interface": {"Types"}}}},
 * keyed by the Id inside; files that do not decode are skipped, as dockerd does.
 */
function managedPlugins(ctx: ValueContext): ManagedPlugin[] {
  const root = posix.join(stringOf(ctx, 'data-root') || stringOf(ctx, 'graph') || DEFAULT_DATA_ROOT, 'plugins');
  const dirs = ctx.host.listDir?.(root) ?? [];
  const obj = (v: unknown): Record<string, unknown> => (isPlainObject(v) ? v : {});
  return dirs
    .filter((dir) => FULL_ID.test(dir))
    .flatMap((dir) => {
      const bytes = ctx.host.readFile(posix.join(root, dir, 'config.json'));
      if (!bytes) return [];
      let parsed: unknown;
      try {
        parsed = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        return [];
      }
      const plugin = obj(fieldOf(obj(parsed), 'plugin'));
      const iface = obj(fieldOf(obj(fieldOf(plugin, 'Config')), 'Interface'));
      const types = fieldOf(iface, 'Types');
      const id = fieldOf(plugin, 'Id');
      const name = fieldOf(plugin, 'Name');
      return [
        {
          id: typeof id === 'string' ? id : '',
          name: typeof name === 'string' ? name : '',
          enabled: fieldOf(plugin, 'Enabled') === true,
          // PluginInterfaceType: "prefix.capability/version"; FilterByCap wants docker + authz.
          authz: Array.isArray(types) && types.some((t) => typeof t === 'string' && /^docker\.authz(\/|$)/.test(t)),
        },
      ];
    });
}

/** plugin.Store.resolvePluginID + Get for the managed plugins; undefined: fall back to v1 discovery. */
function managedLookup(ctx: ValueContext, name: string): AuthzLookup | undefined {
  const plugins = managedPlugins(ctx);
  if (plugins.length === 0) return undefined;
  let found: ManagedPlugin | undefined;
  if (FULL_ID.test(name)) found = plugins.find((p) => p.id === name);
  else {
    const familiar = familiarPluginName(name);
    if (familiar === undefined) return undefined;
    found = plugins.find((p) => p.name === familiar);
    if (!found) {
      const prefixed = plugins.filter((p) => p.id.startsWith(name));
      if (prefixed.length > 1) return { kind: 'broken', reason: `multiple plugins found for ${goQuote(name)}` };
      found = prefixed[0];
    }
  }
  if (!found) return undefined;
  if (!found.enabled) return { kind: 'disabled', reason: `plugin ${name} found but disabled` };
  if (!found.authz) return { kind: 'broken', reason: `plugin does not provide "authz" capability` };
  return { kind: 'found', where: `managed plugin ${found.name}` };
}

/** readPluginInfo: the trimmed text must parse as a URL with a scheme. */
function specProblem(text: string): string | undefined {
  const addr = text.trim();
  if (addr.startsWith(':')) return `parse ${goQuote(addr)}: missing protocol scheme`;
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(addr) ? undefined : 'Unknown protocol';
}

/** readPluginJSONInfo: json.Decoder.Decode of the first value. */
function jsonSpecProblem(text: string): string | undefined {
  if (text.trim() === '') return 'EOF';
  const parsed = parseFirstValue(text);
  if (parsed.error) return goSyntaxMessage(text, parsed.error, { legacy: true });
  return undefined;
}

/** pkg/plugins LocalRegistry.Plugin: sockets first, then spec files, in dockerd's order. */
export function legacyLookup(ctx: ValueContext, name: string): AuthzLookup {
  const { stat } = ctx.host;
  if (!stat) return { kind: 'found', where: '' };
  if (name === '') return { kind: 'broken', reason: 'legacy plugin: Unable to find plugin without name' };
  for (const p of pluginPaths(PLUGIN_SOCKETS_DIR, name, '.sock'))
    if (stat.call(ctx.host, p)?.kind === 'socket') return { kind: 'found', where: p };
  const specs = PLUGIN_SPECS_DIRS.flatMap((dir) => [
    ...pluginPaths(dir, name, '.spec'),
    ...pluginPaths(dir, name, '.json'),
  ]);
  for (const p of specs) {
    const st = stat.call(ctx.host, p);
    if (!st) continue;
    if (st.kind === 'directory') return { kind: 'broken', path: p, reason: `legacy plugin: read ${p}: is a directory` };
    const bytes = ctx.host.readFile(p);
    if (!bytes) return { kind: 'broken', path: p };
    const text = new TextDecoder().decode(bytes);
    const problem = p.endsWith('.json') ? jsonSpecProblem(text) : specProblem(text);
    if (problem !== undefined) return { kind: 'broken', path: p, reason: `legacy plugin: ${problem}` };
    return { kind: 'found', where: p };
  }
  return { kind: 'missing', reason: `plugin ${goQuote(name)} not found` };
}

export function lookupAuthzPlugin(ctx: ValueContext, name: string): AuthzLookup {
  return managedLookup(ctx, name) ?? legacyLookup(ctx, name);
}

export const authzPluginsRule: ValueRule = {
  keys: [KEY],
  check(ctx) {
    if (!ctx.host.stat) return [];
    const problems: ValueProblem[] = [];
    for (const { value: name, index } of stringListOf(ctx, KEY)) {
      const found = lookupAuthzPlugin(ctx, name);
      switch (found.kind) {
        case 'missing':
          problems.push(
            refused({
              key: KEY,
              index,
              ...message('host.authz.missing', { plugin: name, seconds: String(AUTHZ_RETRY_SECONDS) }),
              ...hint('host.authz.hint.missing', { plugin: name }),
              line: line(found.reason),
            }),
          );
          break;
        case 'disabled':
          problems.push(
            refused({
              key: KEY,
              index,
              ...message('host.authz.disabled', { plugin: name }),
              ...hint('host.authz.hint.disabled', { plugin: name }),
              line: line(found.reason),
            }),
          );
          break;
        case 'broken':
          if (found.reason === undefined) break;
          problems.push(
            refused({
              key: KEY,
              index,
              ...message('host.authz.broken', { plugin: name, dockerd: found.reason }),
              ...hint(found.path ? 'host.authz.hint.spec' : 'host.authz.hint.broken', { path: found.path ?? name }),
              line: line(found.reason),
            }),
          );
          break;
        case 'found':
          problems.push(
            note({
              key: KEY,
              index,
              ...message('host.authz.atStart', { plugin: name, where: found.where }),
              ...hint('host.authz.hint.atStart'),
            }),
          );
          break;
      }
    }
    return problems;
  },
};
