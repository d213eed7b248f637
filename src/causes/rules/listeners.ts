// The API listeners (hosts / -H), ports in use, another dockerd still running, TLS files.
import { q, type Rule, type RuleResult } from './rule.js';

const HOST_HINT = 'Use unix:///var/run/docker.sock, tcp://HOST:PORT, or fd:// under systemd.';

/** Why dockerd cannot listen on `address`, from the reason in its words (20.10 or 23+). */
function badHost(address: string, reason: string): Omit<RuleResult, 'setting' | 'fixable'> {
  const what = `Listen address ${q(address)} ("hosts" or -H)`;
  const proto = /unsupported proto '(\w*)'/.exec(reason)?.[1] ?? /^(\w+):\/\//.exec(address)?.[1];
  if (/Invalid bind address format|unsupported proto/.test(reason) && proto !== undefined) {
    if (/^(tcp|unix|fd)$/i.test(proto) && proto !== proto.toLowerCase()) {
      return {
        message: `${what} spells the protocol in capitals.`,
        hint: `Write ${q(address.replace(/^\w+/, proto.toLowerCase()))}.`,
      };
    }
    return {
      message: `${what} uses ${proto}://, which dockerd cannot listen on.`,
      hint: `${HOST_HINT} (ssh:// is for the docker client's DOCKER_HOST, not for dockerd.)`,
    };
  }
  if (/should not contain a path element|unknown port/.test(reason))
    return { message: `${what} has a path after the port.`, hint: 'Use tcp://HOST:PORT with nothing after the port.' };
  if (/invalid port|missing port/.test(reason))
    return { message: `${what} has an invalid port.`, hint: 'Use a port from 1 to 65535, e.g. tcp://127.0.0.1:2375.' };
  if (/invalid unix address|Invalid proto, expected unix/.test(reason))
    return { message: `${what} is not a valid unix socket path.`, hint: 'Use unix:///path/to/docker.sock.' };
  return { message: `${what} is not valid: ${reason}.`, hint: HOST_HINT };
}

const hostRule = (pattern: RegExp, pick: (m: RegExpExecArray) => [string, string]): Rule => ({
  id: 'invalid-host',
  pattern,
  build: ({ match }) => ({ ...badHost(...pick(match)), setting: 'hosts', fixable: true }),
});

export const listenerRules: readonly Rule[] = [
  hostRule(/^error parsing -H (.+?): (.+)$/, (m) => [m[1]!, m[2]!]), // 20.10
  hostRule(/^invalid bind address \((.*?)\): (.+)$/, (m) => [m[1]!, m[2]!]), // 23+
  hostRule(/^listen tcp: address (.+?): (unknown port|invalid port|missing port in address)$/, (m) => [m[1]!, m[2]!]),
  hostRule(/^bad format (\S+), expected PROTO:\/\/ADDR$/, (m) => [m[1]!, 'bad format']),
  {
    id: 'invalid-host',
    pattern: /^invalid protocol format: "(\w+)"$/,
    build: ({ match }) => ({
      message: `Listen address ${match[1]}:// exists only on Windows.`,
      hint: HOST_HINT,
      setting: 'hosts',
      fixable: true,
    }),
  },
  {
    id: 'invalid-host',
    pattern: /^listen tcp: lookup (.+?)(?: on \S+)?: no such host$/,
    build: ({ match }) => ({
      message: `Listen address ${q(match[1]!)} is not a host name or IP dockerd can resolve.`,
      hint: 'An IPv6 address needs brackets: tcp://[::1]:2375.',
      setting: 'hosts',
      fixable: true,
    }),
  },
  {
    id: 'invalid-host',
    pattern: /^no sockets found via socket activation/,
    build: () => ({
      message:
        'dockerd was told to listen on fd:// (systemd socket activation), but systemd did not start it with docker.socket.',
      hint: 'Outside systemd use unix:///var/run/docker.sock; under systemd keep docker.socket enabled (`systemctl enable --now docker.socket`).',
      setting: 'hosts',
      fixable: true,
    }),
  },
  {
    id: 'address-in-use',
    pattern: /^listen (tcp[46]?|unix) (.+): bind: address already in use$/,
    build: ({ match }) => {
      const [, network, address] = match as unknown as [string, string, string];
      const port = /:(\d+)$/.exec(address)?.[1];
      return {
        message: `Another process already listens on ${address}, so dockerd cannot.`,
        hint:
          network === 'unix'
            ? 'Another dockerd may be running (`ps -C dockerd -o pid,args`); stop it, or use another socket path in "hosts".'
            : `See which process: \`ss -ltnp 'sport = :${port ?? 'PORT'}'\`; stop it, or use another port in "hosts".`,
        setting: 'hosts',
        fixable: false,
      };
    },
  },
  {
    id: 'pidfile-in-use',
    pattern: /^pid file found, ensure docker is not running or delete (\S+)$/, // 20.10, 23.x
    build: ({ match }) => ({
      message: `Another dockerd seems to be running: its pid file ${match[1]} exists.`,
      hint: `Check with \`ps -C dockerd -o pid,args\`; stop that dockerd (\`systemctl stop docker\`), or delete ${match[1]} if none runs.`,
      setting: 'pidfile',
      fixable: false,
    }),
  },
  {
    id: 'pidfile-in-use',
    pattern:
      /^failed to start daemon, ensure docker is not running or delete (\S+): process with PID (\d+) is still running$/, // 24+
    build: ({ match }) => ({
      message: `Another dockerd (PID ${match[2]}) is still running and owns ${match[1]}.`,
      hint: `Stop it first (\`systemctl stop docker\`, or \`kill ${match[2]}\` after checking \`ps -p ${match[2]} -o pid,args\`); two daemons cannot share a pid file.`,
      setting: 'pidfile',
      fixable: false,
    }),
  },
  {
    id: 'pidfile-in-use',
    pattern: /^error while opening volume store metadata database(?: \((.*)\))?: timeout$/,
    build: ({ match }) => ({
      message: `Another dockerd still holds ${match[1] ?? 'the volume database'}: the data-root is in use.`,
      hint: 'Stop the other dockerd (`ps -C dockerd -o pid,args`); two daemons cannot share one data-root.',
      setting: 'data-root',
      fixable: false,
    }),
  },
];
