/**
 * RegistryHttp over node:http/https: a fresh connection per request, one deadline, no redirects
 * followed (the prober decides), TLS failures named as dockerd users know them. Never throws.
 */
import type { IncomingMessage } from 'node:http';
import { maskCredentials } from '../diagnostics/redact.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { english, said, type Said } from '../i18n/said.js';
import type { RegistryRequest, RegistryResponse } from './registry-http.js';

const DEFAULT_MAX_BODY = 64 * 1024;

/** Our words for the codes node reports, by catalogue key (the English is what `error` carries). */
const PLAIN: Record<string, MessageKey> = {
  ECONNREFUSED: 'probe.net.refused',
  ECONNRESET: 'probe.net.reset',
  EPIPE: 'probe.net.closed',
  EHOSTUNREACH: 'probe.net.hostUnreachable',
  ENETUNREACH: 'probe.net.netUnreachable',
  EADDRNOTAVAIL: 'probe.net.addressNotAvailable',
  ENOTFOUND: 'probe.net.notFound',
  EAI_AGAIN: 'probe.net.dns',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'probe.net.unknownAuthority',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'probe.net.unknownAuthority',
  SELF_SIGNED_CERT_IN_CHAIN: 'probe.net.selfSignedInChain',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'probe.net.selfSigned',
  CERT_HAS_EXPIRED: 'probe.net.expired',
  CERT_NOT_YET_VALID: 'probe.net.notYetValid',
  ERR_SSL_WRONG_VERSION_NUMBER: 'probe.net.notTls',
  ERR_SSL_PACKET_LENGTH_TOO_LONG: 'probe.net.notTls',
};

const saying = (code: string, says: Said): RegistryResponse => ({ ok: false, code, error: english(says), says });

// OpenSSL's reasons that mean "this port does not speak TLS" (node reports them as EPROTO).
const NOT_TLS = /wrong version number|packet length too long|http request/;

function failure(err: NodeJS.ErrnoException & { cert?: { subjectaltname?: string } }, host: string): RegistryResponse {
  let code = err.code ?? 'ERROR';
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    const names = err.cert?.subjectaltname?.replace(/(DNS|IP Address):/g, '').trim();
    return names
      ? saying(code, said('probe.net.otherNames', { names, host }))
      : saying(code, said('probe.net.otherName', { host }));
  }
  if (code === 'EPROTO' && NOT_TLS.test(err.message)) code = 'ERR_SSL_WRONG_VERSION_NUMBER';
  if (code.startsWith('HPE_')) return saying(code, said('probe.net.notHttp'));
  // OpenSSL's internals ("80AC…:error:0A00010B:SSL routines:…:reason:file:line") reduced to the reason.
  const reason = /:error:[0-9A-F]+:[^:]*:[^:]*:([^:]+)/.exec(err.message)?.[1];
  const key = PLAIN[code];
  // Every key of PLAIN takes no parameters: the Said is its key alone.
  if (key) return saying(code, { key });
  // OpenSSL's reason and node's message are the system's words, as they are.
  return { ok: false, code, error: reason ? `TLS: ${reason}` : (err.message.split('\n')[0] ?? code) };
}

export async function registryRequest(request: RegistryRequest): Promise<RegistryResponse> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return { ok: false, code: 'ERR_INVALID_URL', error: `not a URL: ${maskCredentials(request.url)}` };
  }
  const secure = url.protocol === 'https:';
  const [http, https, tls, net] = await Promise.all([
    import('node:http'),
    import('node:https'),
    import('node:tls'),
    import('node:net'),
  ]);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const started = performance.now();
  const since = (): number => Math.round(performance.now() - started);
  const options = {
    method: request.method ?? 'GET',
    host,
    port: url.port === '' ? (secure ? 443 : 80) : Number(url.port),
    path: `${url.pathname}${url.search}`,
    headers: { 'user-agent': 'dockerd-config', ...request.headers },
    // A fresh connection per probe: nothing pooled outlives it.
    agent: false as const,
    ...(secure && request.ca && request.ca.length > 0 ? { ca: [...tls.rootCertificates, ...request.ca] } : {}),
    ...(secure && net.isIP(host) === 0 ? { servername: host } : {}),
  };
  return new Promise<RegistryResponse>((resolve) => {
    let settled = false;
    let connectedMs = -1;
    let firstByteMs = -1;
    const req = (secure ? https : http).request(options);
    const finish = (response: RegistryResponse): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(response);
    };
    const timer = setTimeout(
      () => finish(saying('ETIMEDOUT', said('probe.net.timeout', { ms: request.timeoutMs }))),
      request.timeoutMs,
    );
    req.on('socket', (socket) => socket.once(secure ? 'secureConnect' : 'connect', () => (connectedMs = since())));
    req.on('response', (res: IncomingMessage) => {
      firstByteMs = since();
      const max = request.maxBodyBytes ?? DEFAULT_MAX_BODY;
      const kept: Buffer[] = [];
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        if (bytes < max) kept.push(chunk.subarray(0, max - bytes));
        bytes += chunk.length;
      });
      res.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers))
          if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
        const totalMs = since();
        finish({
          ok: true,
          status: res.statusCode ?? 0,
          headers,
          body: Buffer.concat(kept).toString('utf8'),
          bytes,
          timing: { connectedMs: connectedMs < 0 ? firstByteMs : connectedMs, firstByteMs, totalMs },
        });
      });
      res.on('error', (err: NodeJS.ErrnoException) => finish(failure(err, host)));
    });
    req.on('error', (err: NodeJS.ErrnoException) => finish(failure(err, host)));
    req.end();
  });
}
