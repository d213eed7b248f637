/**
 * One GET to a Docker API endpoint over a unix socket, TCP, or TCP with TLS. Never throws: a
 * failure is `{ ok: false, error, code }` with a short message. node:http/https are loaded on
 * first use (this module itself is only loaded through node-docker-api.ts's dynamic import).
 */
import type { ApiResponse, ApiTarget } from './docker-api.js';

/**
 * The code of a TLS request whose handshake completed (the server certificate verified against
 * the CA we were given, or was not checked when we had none) and which the server then refused,
 * usually because it wants a client certificate we did not have or it did not accept.
 */
export type RefusedAfterHandshake = 'TLS_REFUSED_AFTER_HANDSHAKE';
const REFUSED_AFTER_HANDSHAKE: RefusedAfterHandshake = 'TLS_REFUSED_AFTER_HANDSHAKE';

/** /info is a few kB; anything this large is not the Docker API. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

const NOT_TLS = 'not a TLS server (it answers plain HTTP?)';

/** Short messages by error code; OpenSSL reasons (EPROTO) by their text. */
const SHORT_MESSAGES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOENT: 'no such socket',
  EACCES: 'permission denied',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed',
  ENOTSOCK: 'not a socket',
  EADDRNOTAVAIL: 'address not available',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ENOTFOUND: 'host name not found',
  ERR_SSL_WRONG_VERSION_NUMBER: NOT_TLS,
  DEPTH_ZERO_SELF_SIGNED_CERT: 'server certificate not trusted: self-signed certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'server certificate not trusted: self-signed certificate in the chain',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'server certificate not trusted: not signed by the given CA',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'server certificate not trusted: issuer not found among the given CAs',
  CERT_HAS_EXPIRED: 'server certificate has expired',
  CERT_NOT_YET_VALID: 'server certificate is not valid yet',
};

const OPENSSL_REASONS: Record<string, string> = {
  'wrong version number': NOT_TLS,
  'packet length too long': NOT_TLS,
};

/** What the server's alert after the handshake means for us. */
const REFUSALS: Record<string, string> = {
  ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED: 'the server requires a client certificate',
  ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE: 'the server refused our client certificate',
  ERR_SSL_SSLV3_ALERT_CERTIFICATE_UNKNOWN: 'the server refused our client certificate',
  ERR_SSL_TLSV1_ALERT_UNKNOWN_CA: 'the server does not trust the CA of our client certificate',
  ECONNRESET: 'the server closed the connection (it may require a client certificate)',
};

/** The first line of an error message, without OpenSSL's "…:error:0A00010B:SSL routines:…" internals. */
function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? '';
  const openssl = /(?:^|:)error:[0-9A-F]+:[^:]*:[^:]*:([^:]+)/.exec(line);
  return (openssl?.[1] ?? line).trim();
}

function failure(err: NodeJS.ErrnoException, handshake: { done: boolean; sentCert: boolean }): ApiResponse {
  const code = err.code ?? 'ERROR';
  if (handshake.done && (code.startsWith('ERR_SSL_') || code in REFUSALS)) {
    // Older Go answers a missing certificate with "bad certificate" too.
    const alert = code.startsWith('ERR_SSL_');
    const why =
      alert && !handshake.sentCert
        ? 'the server requires a client certificate'
        : (REFUSALS[code] ?? firstLine(err.message));
    return { ok: false, error: `TLS handshake completed, then ${why}`, code: REFUSED_AFTER_HANDSHAKE };
  }
  const reason = firstLine(err.message);
  return { ok: false, error: SHORT_MESSAGES[code] ?? OPENSSL_REASONS[reason] ?? reason, code };
}

type Request = import('node:http').ClientRequest;

/** The request, not sent yet; creating the TLS context throws on PEM text node cannot use. */
async function open(
  target: ApiTarget,
  path: string,
): Promise<{ req: Request } | { ok: false; error: string; code: string }> {
  const [http, https, net] = await Promise.all([import('node:http'), import('node:https'), import('node:net')]);
  const common = {
    method: 'GET',
    path,
    // A fresh connection per probe: a pooled socket would outlive the daemon it was opened to.
    agent: false as const,
    ...(target.socketPath !== undefined ? { socketPath: target.socketPath } : { host: target.host, port: target.port }),
  };
  const tls = target.tls;
  // Without TLS a server name means nothing; left to the agent, it is worked out with node's IPv6
  // regular expression, compiled on first use (~7 ms of every verification).
  if (!tls) {
    const plain = { ...common, servername: '' };
    return { req: http.request(plain) };
  }
  try {
    const req = https.request({
      ...common,
      ca: tls.ca,
      cert: tls.cert,
      key: tls.key,
      // SNI only: we probe 127.0.0.1 for a 0.0.0.0 listener, a name no certificate carries,
      // so the chain is what we check, not the name. Node refuses an IP address as SNI.
      ...(tls.servername && net.isIP(tls.servername) === 0 ? { servername: tls.servername } : {}),
      checkServerIdentity: () => undefined,
      rejectUnauthorized: tls.verify,
    });
    return { req };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { ok: false, error: `unusable TLS files: ${firstLine(e.message)}`, code: e.code ?? 'ERR_TLS_FILES' };
  }
}

export async function request(target: ApiTarget, path: string, options: { timeoutMs: number }): Promise<ApiResponse> {
  const opened = await open(target, path);
  if (!('req' in opened)) return opened;
  const { req } = opened;
  return new Promise<ApiResponse>((resolve) => {
    let settled = false;
    const handshake = { done: false, sentCert: Boolean(target.tls?.cert && target.tls.key) };
    const finish = (response: ApiResponse): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(response);
    };
    const timer = setTimeout(
      () => finish({ ok: false, error: `no answer within ${options.timeoutMs} ms`, code: 'ETIMEDOUT' }),
      options.timeoutMs,
    );

    req.on('socket', (socket) => {
      // With TLS 1.3 the server checks our certificate after our side of the handshake is done;
      // reaching this event means its certificate passed (or was not checked: verify false).
      socket.once('secureConnect', () => {
        handshake.done = true;
      });
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES)
          finish({ ok: false, error: `response larger than ${MAX_BODY_BYTES} bytes`, code: 'E2BIG' });
        else chunks.push(chunk);
      });
      res.on('end', () =>
        finish({ ok: true, status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', (err: NodeJS.ErrnoException) => finish(failure(err, handshake)));
    });
    req.on('error', (err: NodeJS.ErrnoException) => finish(failure(err, handshake)));
    req.end();
  });
}
