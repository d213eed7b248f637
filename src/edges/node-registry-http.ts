/**
 * RegistryHttp over node:http/https: a fresh connection per request, one deadline, no redirects
 * followed (the prober decides), TLS failures named as dockerd users know them. Never throws.
 */
import type { IncomingMessage } from 'node:http';
import { maskCredentials } from '../diagnostics/redact.js';
import type { RegistryRequest, RegistryResponse } from './registry-http.js';

const DEFAULT_MAX_BODY = 64 * 1024;

const PLAIN: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EADDRNOTAVAIL: 'address not available',
  ENOTFOUND: 'host name not found',
  EAI_AGAIN: 'host name lookup failed (DNS)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS: certificate signed by unknown authority',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'TLS: certificate signed by unknown authority',
  SELF_SIGNED_CERT_IN_CHAIN: 'TLS: certificate signed by unknown authority (self-signed in the chain)',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS: certificate signed by unknown authority (self-signed)',
  CERT_HAS_EXPIRED: 'TLS: certificate has expired',
  CERT_NOT_YET_VALID: 'TLS: certificate is not valid yet',
  ERR_SSL_WRONG_VERSION_NUMBER: 'not a TLS server (it answers plain HTTP?)',
  ERR_SSL_PACKET_LENGTH_TOO_LONG: 'not a TLS server (it answers plain HTTP?)',
};

// OpenSSL's reasons that mean "this port does not speak TLS" (node reports them as EPROTO).
const NOT_TLS = /wrong version number|packet length too long|http request/;

function failure(err: NodeJS.ErrnoException & { cert?: { subjectaltname?: string } }, host: string): RegistryResponse {
  let code = err.code ?? 'ERROR';
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    const names = err.cert?.subjectaltname?.replace(/(DNS|IP Address):/g, '').trim();
    return { ok: false, code, error: `TLS: certificate is valid for ${names || 'other names'}, not ${host}` };
  }
  if (code === 'EPROTO' && NOT_TLS.test(err.message)) code = 'ERR_SSL_WRONG_VERSION_NUMBER';
  if (code.startsWith('HPE_')) return { ok: false, code, error: 'not an HTTP server (it answers TLS only?)' };
  // OpenSSL's internals ("80AC…:error:0A00010B:SSL routines:…:reason:file:line") reduced to the reason.
  const reason = /:error:[0-9A-F]+:[^:]*:[^:]*:([^:]+)/.exec(err.message)?.[1];
  return { ok: false, code, error: PLAIN[code] ?? (reason ? `TLS: ${reason}` : (err.message.split('\n')[0] ?? code)) };
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
      () => finish({ ok: false, code: 'ETIMEDOUT', error: `no answer within ${request.timeoutMs} ms` }),
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
