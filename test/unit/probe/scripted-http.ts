// A scripted ctx.http for the probes: answers by URL, records every request. No network.
import type { RegistryRequest, RegistryResponse } from '../../../src/edges/registry-http.js';
import type { ProbeCtx } from '../../../src/probe/index.js';

type Success = Extract<RegistryResponse, { ok: true }>;
type Failure = Extract<RegistryResponse, { ok: false }>;
export type Answer =
  | Partial<Success>
  | Failure
  | ((request: RegistryRequest) => RegistryResponse | Promise<RegistryResponse>);

export const API = { 'docker-distribution-api-version': 'registry/2.0' };
export const timing = { connectedMs: 1, firstByteMs: 1, totalMs: 1 };

/** A successful answer: status, headers, body (bytes = body length). */
export function reply(status: number, headers: Record<string, string> = {}, body = ''): Success {
  return { ok: true, status, headers, body, bytes: Buffer.byteLength(body), timing };
}

export const refused: Failure = { ok: false, code: 'ECONNREFUSED', error: 'connection refused' };

/**
 * Answers by URL: an exact key first, then the longest key the URL starts with; anything else is
 * refused. `clock` is performance.now unless a fake is given.
 */
export function scripted(answers: Record<string, Answer>, clock: () => number = () => performance.now()) {
  const requests: RegistryRequest[] = [];
  const http = async (request: RegistryRequest): Promise<RegistryResponse> => {
    requests.push(request);
    const prefix = Object.keys(answers)
      .filter((k) => request.url.startsWith(k))
      .sort((a, b) => b.length - a.length)[0];
    const key = request.url in answers ? request.url : prefix;
    const answer = key === undefined ? refused : answers[key]!;
    if (typeof answer === 'function') return answer(request);
    if (answer.ok === false) return answer;
    return { ...reply(200), ...answer } as Success;
  };
  const ctx: ProbeCtx = { http, clock };
  return { ctx, requests, urls: () => requests.map((r) => r.url) };
}

/** A fake dead address: answers nothing until the request's own deadline, like a black hole. */
export const blackHole = (request: RegistryRequest): Promise<RegistryResponse> =>
  new Promise((resolve) =>
    setTimeout(
      () => resolve({ ok: false, code: 'ETIMEDOUT', error: `no answer within ${request.timeoutMs} ms` }),
      request.timeoutMs,
    ),
  );
