// The API listeners (hosts / -H), ports in use, another dockerd still running, TLS files.
import { said, type Said } from '../../i18n/said.js';
import type { Rule, RuleResult } from './rule.js';

const HOST_HINT = said('causes.hosts.hint');

/** Why dockerd cannot listen on `address`, from the reason in its words (20.10 or 23+). */
function badHost(address: string, reason: string): Omit<RuleResult, 'setting' | 'fixable'> {
  const what = said('causes.hosts.what', { address });
  const proto = /unsupported proto '(\w*)'/.exec(reason)?.[1] ?? /^(\w+):\/\//.exec(address)?.[1];
  if (/Invalid bind address format|unsupported proto/.test(reason) && proto !== undefined) {
    if (/^(tcp|unix|fd)$/i.test(proto) && proto !== proto.toLowerCase()) {
      return {
        message: said('causes.hosts.capitals', { what }),
        hint: said('causes.hosts.writeInstead', { value: address.replace(/^\w+/, proto.toLowerCase()) }),
      };
    }
    return {
      message: said('causes.hosts.proto', { what, proto }),
      hint: said('causes.hosts.protoHint', { hint: HOST_HINT }),
    };
  }
  if (/should not contain a path element|unknown port/.test(reason))
    return { message: said('causes.hosts.path', { what }), hint: said('causes.hosts.pathHint') };
  if (/invalid port|missing port/.test(reason))
    return { message: said('causes.hosts.port', { what }), hint: said('causes.hosts.portHint') };
  if (/invalid unix address|Invalid proto, expected unix/.test(reason))
    return { message: said('causes.hosts.unix', { what }), hint: said('causes.hosts.unixHint') };
  return { message: said('causes.hosts.invalid', { what, dockerd: reason }), hint: HOST_HINT };
}

const hostRule = (pattern: RegExp, pick: (m: RegExpExecArray) => [string, string]): Rule => ({
  id: 'invalid-host',
  pattern,
  build: ({ match }) => ({ ...badHost(...pick(match)), setting: 'hosts', fixable: true }),
});

function inUseHint(network: string, address: string): Said {
  if (network === 'unix') return said('causes.hosts.inUseUnixHint');
  return said('causes.hosts.inUseTcpHint', { port: /:(\d+)$/.exec(address)?.[1] ?? 'PORT' });
}

export const listenerRules: readonly Rule[] = [
  hostRule(/^error parsing -H (.+?): (.+)$/, (m) => [m[1]!, m[2]!]), // 20.10
  hostRule(/^invalid bind address \((.*?)\): (.+)$/, (m) => [m[1]!, m[2]!]), // 23+
  hostRule(/^listen tcp: address (.+?): (unknown port|invalid port|missing port in address)$/, (m) => [m[1]!, m[2]!]),
  hostRule(/^bad format (\S+), expected PROTO:\/\/ADDR$/, (m) => [m[1]!, 'bad format']),
  {
    id: 'invalid-host',
    pattern: /^invalid protocol format: "(\w+)"$/,
    build: ({ match }) => ({
      message: said('causes.hosts.windows', { proto: match[1]! }),
      hint: HOST_HINT,
      setting: 'hosts',
      fixable: true,
    }),
  },
  {
    id: 'invalid-host',
    pattern: /^listen tcp: lookup (.+?)(?: on \S+)?: no such host$/,
    build: ({ match }) => ({
      message: said('causes.hosts.unresolved', { name: match[1]! }),
      hint: said('causes.hosts.unresolvedHint'),
      setting: 'hosts',
      fixable: true,
    }),
  },
  {
    id: 'invalid-host',
    pattern: /^no sockets found via socket activation/,
    build: () => ({
      message: said('causes.hosts.noSocket'),
      hint: said('causes.hosts.noSocketHint'),
      setting: 'hosts',
      fixable: true,
    }),
  },
  {
    id: 'address-in-use',
    pattern: /^listen (tcp[46]?|unix) (.+): bind: address already in use$/,
    build: ({ match }) => {
      const [, network, address] = match as unknown as [string, string, string];
      return {
        message: said('causes.hosts.inUse', { address }),
        hint: inUseHint(network, address),
        setting: 'hosts',
        fixable: false,
      };
    },
  },
  {
    id: 'pidfile-in-use',
    pattern: /^pid file found, ensure docker is not running or delete (\S+)$/, // 20.10, 23.x
    build: ({ match }) => ({
      message: said('causes.pidfile.found', { pidfile: match[1]! }),
      hint: said('causes.pidfile.foundHint', { pidfile: match[1]! }),
      setting: 'pidfile',
      fixable: false,
    }),
  },
  {
    id: 'pidfile-in-use',
    pattern:
      /^failed to start daemon, ensure docker is not running or delete (\S+): process with PID (\d+) is still running$/, // 24+
    build: ({ match }) => ({
      message: said('causes.pidfile.running', { pidfile: match[1]!, pid: match[2]! }),
      hint: said('causes.pidfile.runningHint', { pid: match[2]! }),
      setting: 'pidfile',
      fixable: false,
    }),
  },
  {
    id: 'pidfile-in-use',
    pattern: /^error while opening volume store metadata database(?: \((.*)\))?: timeout$/,
    build: ({ match }) => ({
      message: said('causes.pidfile.dataRoot', { what: match[1] ?? said('causes.pidfile.volumeDb') }),
      hint: said('causes.pidfile.dataRootHint'),
      setting: 'data-root',
      fixable: false,
    }),
  },
];
