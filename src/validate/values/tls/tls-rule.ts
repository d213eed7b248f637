/** TLS: with TLS on, dockerd loads the key pair (and the CA when verifying) before it listens. */
import { hint, message } from '../../../diagnostics/say.js';
import { caution, refused } from '../shared/problem.js';
import { settingOf, stringOf } from '../shared/settings.js';
import type { ValueContext, ValueProblem, ValueRule } from '../types.js';
import { caContentProblems, keyPairContentProblems, type TlsFiles } from './tls-content.js';
import { tlsState } from './tls-state.js';
import { caUnreadable, keyPairMissing, tlsLine } from './tls-text.js';

/** The flags' defaults ($DOCKER_CERT_PATH, else ~/.docker of root, dockerd's user under systemd). */
export const FLAG_DEFAULT_CERT_DIR = '/root/.docker';

function tlsFiles(ctx: ValueContext, viaFlag: boolean): TlsFiles {
  const given = (k: string): string | undefined => stringOf(ctx, k);
  if (!viaFlag) return { cert: given('tlscert') ?? '', key: given('tlskey') ?? '', ca: given('tlscacert') ?? '' };
  // With --tls/--tlsverify the flags' defaults apply; a missing default cert/key reads as "".
  const orDefault = (k: string, file: string): string => {
    const path = `${FLAG_DEFAULT_CERT_DIR}/${file}`;
    return given(k) ?? (ctx.host.fileReadable(path) ? path : '');
  };
  return {
    cert: orDefault('tlscert', 'cert.pem'),
    key: orDefault('tlskey', 'key.pem'),
    ca: given('tlscacert') ?? `${FLAG_DEFAULT_CERT_DIR}/ca.pem`,
  };
}

export const tlsRule: ValueRule = {
  keys: ['tls', 'tlsverify', 'tlscert', 'tlskey', 'tlscacert'],
  check(ctx) {
    const state = tlsState(ctx.settings);
    const problems: ValueProblem[] = [];
    const anchor = (...keys: string[]): string => keys.find((k) => settingOf(ctx, k)) ?? keys[keys.length - 1] ?? 'tls';

    if (!state.enabled) {
      for (const k of ['tlscert', 'tlskey', 'tlscacert']) {
        if (stringOf(ctx, k) !== undefined) {
          problems.push(
            caution({
              id: 'invalid-tls',
              key: k,
              ...message('validate.tls.ignored', { key: k }),
              ...hint('validate.tls.hint.enable'),
            }),
          );
        }
      }
      return problems;
    }

    const files = tlsFiles(ctx, state.viaFlag);
    const missing = [files.cert, files.key].find((p) => p === '' || !ctx.host.fileReadable(p));
    if (missing !== undefined) {
      const reason = keyPairMissing(ctx.engine, files.cert, files.key, missing);
      const which = missing === files.cert ? 'tlscert' : 'tlskey';
      problems.push(
        refused({
          id: 'invalid-tls',
          key: anchor(which, 'tlsverify', 'tls'),
          ...(missing === ''
            ? message('validate.tls.fileNotSet', { key: which })
            : message('validate.tls.fileUnreadable', { key: which, path: missing })),
          ...hint('validate.tls.hint.setPair'),
          line: tlsLine(ctx.engine, reason),
        }),
      );
    } else {
      problems.push(...keyPairContentProblems(ctx, files, (k) => anchor(k, 'tlsverify', 'tls')));
    }
    if (state.verify) {
      if (files.ca === '') {
        problems.push(
          caution({
            id: 'invalid-tls',
            key: anchor('tlscacert', 'tlsverify', 'tls'),
            ...message('validate.tls.caNotSet'),
            ...hint('validate.tls.hint.setCa'),
          }),
        );
      } else if (!ctx.host.fileReadable(files.ca)) {
        problems.push(
          refused({
            id: 'invalid-tls',
            key: anchor('tlscacert', 'tlsverify', 'tls'),
            ...message('validate.tls.caUnreadable', { path: files.ca }),
            ...hint('validate.tls.hint.caFile'),
            line: tlsLine(ctx.engine, caUnreadable(files.ca)),
          }),
        );
      } else {
        problems.push(...caContentProblems(ctx, files.ca, (k) => anchor(k, 'tlsverify', 'tls')));
      }
    }
    const tls = settingOf(ctx, 'tls');
    const verify = settingOf(ctx, 'tlsverify');
    if (tls?.value === true && !verify) {
      problems.push(
        caution({
          id: 'invalid-tls',
          key: 'tls',
          ...message('validate.tls.tlsAloneVerifies'),
          ...hint('validate.tls.hint.explicitVerify'),
        }),
      );
    }
    if (tls?.value === false && verify) {
      problems.push(
        caution({
          id: 'invalid-tls',
          key: 'tls',
          ...message('validate.tls.tlsFalseOverridden'),
          ...hint('validate.tls.hint.plainHttp'),
        }),
      );
    }
    return problems;
  },
};
