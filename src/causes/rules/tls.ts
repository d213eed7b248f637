// TLS certificate, key and CA files that are missing, unreadable or wrong.
import { said, type Said } from '../../i18n/said.js';
import type { Rule } from './rule.js';

const TLS_OFF = said('causes.tls.off');

const keyPair = /^(?:[Cc]ould not load|Error reading) X509 key pair \(cert: "(.*?)", key: "(.*?)"\): /;

/** Why a key pair does not load, and the setting to look at. */
function pairProblem(cert: string, key: string, reason: string): [Said, string] {
  if (/private key does not match public key/.test(reason))
    return [said('causes.tls.mismatch', { cert, key }), 'tlskey'];
  if (/failed to find any PEM data in certificate/.test(reason))
    return [said('causes.tls.certNotPem', { cert }), 'tlscert'];
  if (/failed to find any PEM data in key/.test(reason)) return [said('causes.tls.keyNotPem', { key }), 'tlskey'];
  const unreadable = /^(?:open|read) (.*?): (.*)$/.exec(reason);
  if (unreadable) {
    const path = unreadable[1]!;
    return [said('causes.tls.unreadable', { path, dockerd: unreadable[2]! }), path === key ? 'tlskey' : 'tlscert'];
  }
  return [said('causes.tls.noLoad', { cert, key, dockerd: reason }), 'tlscert'];
}

export const tlsRules: readonly Rule[] = [
  {
    id: 'tls-file-missing',
    pattern: new RegExp(keyPair.source + /open (.*?): no such file or directory/.source),
    build: ({ match, file }) => {
      const [, cert, key, missing] = match as unknown as [string, string, string, string];
      if (cert === '' || key === '' || missing === '') {
        return {
          message: said('causes.tls.notSet'),
          hint: said('causes.tls.notSetHint', { file, off: TLS_OFF }),
          setting: cert === '' ? 'tlscert' : 'tlskey',
          fixable: true,
        };
      }
      const setting = missing === cert ? 'tlscert' : 'tlskey';
      return {
        message: said(setting === 'tlscert' ? 'causes.tls.certMissing' : 'causes.tls.keyMissing', { path: missing }),
        hint: said('causes.tls.missingHint', { setting, off: TLS_OFF }),
        setting,
        fixable: true,
      };
    },
  },
  {
    id: 'tls-file-missing',
    pattern: /^could not read CA certificate "(.*?)": open .*: no such file or directory$/,
    build: ({ match }) => ({
      message: said('causes.tls.caMissing', { path: match[1]! }),
      hint: said('causes.tls.caMissingHint', { off: TLS_OFF }),
      setting: 'tlscacert',
      fixable: true,
    }),
  },
  {
    id: 'invalid-tls',
    pattern: new RegExp(keyPair.source + /(.*?)(?:\. Make sure the key is not encrypted\.)?$/.source),
    build: ({ match }) => {
      const [, cert, key, reason] = match as unknown as [string, string, string, string];
      const [message, setting] = pairProblem(cert, key, reason);
      return { message, hint: said('causes.tls.pairHint'), setting, fixable: true };
    },
  },
  {
    id: 'invalid-tls',
    pattern: /^failed to append certificates from PEM file: "(.*)"$/,
    build: ({ match }) => ({
      message: said('causes.tls.caNoPem', { path: match[1]! }),
      hint: said('causes.tls.caNoPemHint'),
      setting: 'tlscacert',
      fixable: true,
    }),
  },
  {
    id: 'invalid-tls',
    pattern: /^could not read CA certificate "(.*?)": (.*)$/,
    build: ({ match }) => ({
      message: said('causes.tls.caUnreadable', { path: match[1]!, dockerd: match[2]! }),
      hint: said('causes.tls.caUnreadableHint'),
      setting: 'tlscacert',
      fixable: true,
    }),
  },
];
