/** hosts (-H): addresses dockerd can parse and listen on, and the TCP warnings it prints. */
import { atLeast } from '../../../engine/version.js';
import {
  bareConfigError,
  configValidation,
  flagError,
  listenersError,
  type DockerdLine,
} from '../shared/dockerd-text.js';
import { caution, refused } from '../shared/problem.js';
import { settingOf, stringListOf } from '../shared/settings.js';
import { tlsForDefaultHost, tlsState } from '../tls/tls-state.js';
import type { ValueContext, ValueProblem, ValueRule } from '../types.js';
import { DEFAULT_TLS_HOST, isLoopbackHost, parseDaemonHost, type ParsedDaemonHost } from './daemon-host.js';

/** fd:// needs sockets handed over by systemd (docker.socket). */
function socketActivated(ctx: ValueContext): boolean {
  if (ctx.socketActivation !== undefined) return ctx.socketActivation;
  const kind = settingOf(ctx, 'hosts')?.source.kind;
  return kind === 'unit' || kind === 'drop-in';
}

function parseProblem(ctx: ValueContext, value: string, index: number, reason: string): ValueProblem {
  const fromFlag = settingOf(ctx, 'hosts')?.from === 'flag';
  const line: DockerdLine = fromFlag
    ? flagError('-H, --host', value, reason)
    : atLeast(ctx.engine, '23.0.0')
      ? configValidation(ctx.engine, reason)
      : listenersError(`error parsing -H ${value}: ${reason}`);
  return refused({
    id: 'invalid-host',
    key: 'hosts',
    index,
    message: `dockerd cannot listen on "${value}": ${reason}`,
    hint: 'Use unix:///path/to.sock, tcp://HOST:PORT (port 1-65535, no path) or fd:// under systemd socket activation.',
    line,
  });
}

/** An IPv6 address without brackets: where the port starts is a guess, and versions guess differently. */
function unbracketedIPv6(host: ParsedDaemonHost, value: string, index: number): ValueProblem[] {
  const authority =
    value
      .trim()
      .replace(/^tcp:\/\//, '')
      .split('/')[0] ?? '';
  if (host.proto !== 'tcp' || authority.includes('[') || (authority.match(/:/g) ?? []).length < 2) return [];
  return [
    caution({
      id: 'invalid-host',
      key: 'hosts',
      index,
      message: `"${value}" is an IPv6 address without brackets; this dockerd listens on ${host.normalized} (20.10 and 23+ split it differently)`,
      hint: `Write the address in brackets with the port after them, e.g. tcp://[${host.hostname ?? '::1'}]:${host.port ?? '2375'}.`,
    }),
  ];
}

function listenProblems(ctx: ValueContext, host: ParsedDaemonHost, value: string, index: number): ValueProblem[] {
  if (host.normalizedError) {
    return [
      refused({
        id: 'invalid-host',
        key: 'hosts',
        index,
        message: `dockerd cannot listen on "${value}": it reads it as ${host.normalized}, which is not a valid address`,
        hint: 'Put an IPv6 address in brackets: tcp://[::1]:2376.',
        line: bareConfigError(host.normalizedError),
      }),
    ];
  }
  if (host.listenError) {
    const npipe = host.proto === 'npipe';
    return [
      refused({
        id: 'invalid-host',
        key: 'hosts',
        index,
        message: npipe
          ? `"${value}" is a Windows named pipe; dockerd on Linux cannot listen on it`
          : `dockerd cannot listen on "${value}": ${host.listenError}`,
        hint: npipe
          ? 'Use unix:///var/run/docker.sock on Linux.'
          : host.hostname?.includes(':')
            ? 'Put an IPv6 address in brackets: tcp://[::1]:2376.'
            : 'Use tcp://HOST:PORT with a port between 1 and 65535 and nothing after it.',
        line: listenersError(host.listenError),
      }),
    ];
  }
  if (host.proto === 'fd' && !socketActivated(ctx)) {
    return [
      refused({
        id: 'invalid-host',
        key: 'hosts',
        index,
        message: `"${value}" takes its sockets from systemd socket activation, and nothing here says dockerd is started that way`,
        hint: 'Keep fd:// only in the systemd unit that is paired with docker.socket; elsewhere use unix:///var/run/docker.sock.',
        line: listenersError('no sockets found via socket activation: make sure the service was started by systemd'),
      }),
    ];
  }
  if (host.proto === 'fd' && host.address !== '' && host.address !== '*' && !/^[0-9]+$/.test(host.address)) {
    return [
      refused({
        id: 'invalid-host',
        key: 'hosts',
        index,
        message: `"${value}": the part after fd:// must be a file descriptor number`,
        hint: 'Write fd:// (all sockets from systemd) or fd://3.',
        line: listenersError(`failed to parse systemd fd address: should be a number: ${host.address}`),
      }),
    ];
  }
  return [];
}

function tcpWarnings(ctx: ValueContext, host: ParsedDaemonHost, value: string, index: number): ValueProblem[] {
  const out: ValueProblem[] = [];
  const tls = tlsState(ctx.settings);
  const hostname = host.hostname ?? '';
  if (!(tls.enabled && tls.verify)) {
    const slow = !tls.explicit && !isLoopbackHost(hostname);
    const why = tls.enabled ? 'serves TLS but does not verify clients' : 'has no TLS';
    out.push(
      caution({
        id: 'tcp-without-tls',
        key: 'hosts',
        index,
        message:
          `${host.normalized} ${why}: ${isLoopbackHost(hostname) ? 'every local user and process' : 'anyone who can reach it'} has root on this host` +
          (slow
            ? '; dockerd also delays its start by 15 s for a non-loopback address unless "tls" is set explicitly'
            : '') +
          (atLeast(ctx.engine, '26.0.0') ? '; dockerd calls this deprecated and plans to refuse it' : ''),
        hint: isLoopbackHost(hostname)
          ? 'Prefer the unix socket (its group controls access), or set "tlsverify": true with "tlscacert", "tlscert" and "tlskey".'
          : 'Set "tlsverify": true with "tlscacert", "tlscert" and "tlskey", or listen on 127.0.0.1 only.',
      }),
    );
  }
  if (host.port === '0') {
    out.push(
      caution({
        id: 'invalid-host',
        key: 'hosts',
        index,
        message: `"${value}" uses port 0: dockerd ${ctx.engine.major}.${ctx.engine.minor} listens on a random port, and 23.0+ refuse it`,
        hint: 'Write the port, e.g. tcp://127.0.0.1:2375.',
      }),
    );
  }
  if (tls.enabled && host.portGiven === false) {
    out.push(
      caution({
        id: 'tls-default-port',
        key: 'hosts',
        index,
        message: `"${value}" has no port: dockerd uses 2375 even with TLS on (2376 is the TLS convention)`,
        hint: 'Write the port, e.g. tcp://0.0.0.0:2376.',
      }),
    );
  }
  return out;
}

export const hostsRule: ValueRule = {
  keys: ['hosts', 'tls', 'tlsverify'],
  check(ctx) {
    const problems: ValueProblem[] = [];
    const entries = stringListOf(ctx, 'hosts');
    const defaultTls = tlsForDefaultHost(ctx.settings, atLeast(ctx.engine, '23.0.0'));
    for (const { value, index } of entries) {
      const parsed = parseDaemonHost(value, ctx.engine, { tls: defaultTls });
      if (!parsed.ok) {
        problems.push(parseProblem(ctx, value, index, parsed.reason));
        continue;
      }
      const refusedAtListen = listenProblems(ctx, parsed, value, index);
      problems.push(...refusedAtListen);
      if (refusedAtListen.length === 0 && parsed.proto === 'tcp')
        problems.push(...unbracketedIPv6(parsed, value, index), ...tcpWarnings(ctx, parsed, value, index));
    }
    const onlyBlank = entries.every(({ value }) => value.trim() === '');
    if (onlyBlank && defaultTls) {
      problems.push(
        caution({
          id: 'tls-default-port',
          key: settingOf(ctx, 'tls') ? 'tls' : 'tlsverify',
          message: `with TLS on and no "hosts", dockerd listens on ${DEFAULT_TLS_HOST} instead of the unix socket /var/run/docker.sock`,
          hint: 'List the sockets you want in "hosts", e.g. ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2376"].',
        }),
      );
    }
    return problems;
  },
};
