/** hosts (-H): addresses dockerd can parse and listen on, and the TCP warnings it prints. */
import { hint, message } from '../../../diagnostics/say.js';
import { atLeast } from '../../../engine/version.js';
import { said } from '../../../i18n/said.js';
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
    ...message('validate.hosts.cannotListen', { host: value, dockerd: reason }),
    ...hint('validate.hosts.hint.forms'),
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
      ...message('validate.hosts.unbracketedIpv6', { host: value, listens: host.normalized }),
      ...hint('validate.hosts.hint.brackets', { address: host.hostname ?? '::1', port: host.port ?? '2375' }),
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
        ...message('validate.hosts.normalizedInvalid', { host: value, normalized: host.normalized }),
        ...hint('validate.hosts.hint.ipv6Brackets'),
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
        ...(npipe
          ? message('validate.hosts.npipe', { host: value })
          : message('validate.hosts.cannotListen', { host: value, dockerd: host.listenError })),
        ...hint(
          npipe
            ? 'validate.hosts.hint.unixOnLinux'
            : host.hostname?.includes(':')
              ? 'validate.hosts.hint.ipv6Brackets'
              : 'validate.hosts.hint.tcpPort',
        ),
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
        ...message('validate.hosts.fdWithoutActivation', { host: value }),
        ...hint('validate.hosts.hint.fdUnit'),
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
        ...message('validate.hosts.fdNotNumber', { host: value }),
        ...hint('validate.hosts.hint.fdNumber'),
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
    const loopback = isLoopbackHost(hostname);
    out.push(
      caution({
        id: 'tcp-without-tls',
        key: 'hosts',
        index,
        ...message('validate.hosts.exposed', {
          address: host.normalized,
          why: said(tls.enabled ? 'validate.hosts.exposed.tlsNoVerify' : 'validate.hosts.exposed.noTls'),
          who: said(loopback ? 'validate.hosts.exposed.localUsers' : 'validate.hosts.exposed.anyone'),
          slow: !tls.explicit && !loopback ? said('validate.hosts.exposed.slowStart') : '',
          deprecated: atLeast(ctx.engine, '26.0.0') ? said('validate.hosts.exposed.deprecated') : '',
        }),
        ...hint(loopback ? 'validate.hosts.hint.localTls' : 'validate.hosts.hint.remoteTls'),
      }),
    );
  }
  if (host.port === '0') {
    out.push(
      caution({
        id: 'invalid-host',
        key: 'hosts',
        index,
        ...message('validate.hosts.portZero', { host: value, version: `${ctx.engine.major}.${ctx.engine.minor}` }),
        ...hint('validate.hosts.hint.writePort', { example: 'tcp://127.0.0.1:2375' }),
      }),
    );
  }
  if (tls.enabled && host.portGiven === false) {
    out.push(
      caution({
        id: 'tls-default-port',
        key: 'hosts',
        index,
        ...message('validate.hosts.tlsNoPort', { host: value }),
        ...hint('validate.hosts.hint.writePort', { example: 'tcp://0.0.0.0:2376' }),
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
          ...message('validate.hosts.tlsDefaultHost', { address: DEFAULT_TLS_HOST }),
          ...hint('validate.hosts.hint.listHosts'),
        }),
      );
    }
    return problems;
  },
};
