// TLS certificate, key and CA files that are missing, unreadable or wrong.
import { q, type Rule } from './rule.js';

const TLS_OFF = 'or turn TLS off ("tls": false and no "tlsverify" key)';

const keyPair = /^(?:[Cc]ould not load|Error reading) X509 key pair \(cert: "(.*?)", key: "(.*?)"\): /;

export const tlsRules: readonly Rule[] = [
  {
    id: 'tls-file-missing',
    pattern: new RegExp(keyPair.source + /open (.*?): no such file or directory/.source),
    build: ({ match, file }) => {
      const [, cert, key, missing] = match as unknown as [string, string, string, string];
      if (cert === '' || key === '' || missing === '') {
        return {
          message:
            'TLS is on, but "tlscert" and "tlskey" are not set (no default paths apply when TLS is set in daemon.json).',
          hint: `Set "tlscert" and "tlskey" (and "tlscacert" with tlsverify) in ${file}, ${TLS_OFF}.`,
          setting: cert === '' ? 'tlscert' : 'tlskey',
          fixable: true,
        };
      }
      const setting = missing === cert ? 'tlscert' : 'tlskey';
      return {
        message: `The TLS ${setting === 'tlscert' ? 'certificate' : 'key'} file ${missing} does not exist.`,
        hint: `Create it, or point ${q(setting)} at the right file, ${TLS_OFF}.`,
        setting,
        fixable: true,
      };
    },
  },
  {
    id: 'tls-file-missing',
    pattern: /^could not read CA certificate "(.*?)": open .*: no such file or directory$/,
    build: ({ match }) => ({
      message: `The TLS CA file ${match[1]} ("tlscacert") does not exist.`,
      hint: `Create it, or point "tlscacert" at the CA that signed the clients' certificates, ${TLS_OFF}.`,
      setting: 'tlscacert',
      fixable: true,
    }),
  },
  {
    id: 'invalid-tls',
    pattern: new RegExp(keyPair.source + /(.*?)(?:\. Make sure the key is not encrypted\.)?$/.source),
    build: ({ match }) => {
      const [, cert, key, reason] = match as unknown as [string, string, string, string];
      const unreadable = /^(?:open|read) (.*?): (.*)$/.exec(reason);
      const [message, setting]: [string, string] = /private key does not match public key/.test(reason)
        ? [`The TLS key ${key} does not belong to the certificate ${cert}.`, 'tlskey']
        : /failed to find any PEM data in certificate/.test(reason)
          ? [`The TLS certificate ${cert} is not a PEM certificate.`, 'tlscert']
          : /failed to find any PEM data in key/.test(reason)
            ? [`The TLS key ${key} is not a PEM key (or it is encrypted).`, 'tlskey']
            : unreadable
              ? [
                  `The TLS file ${unreadable[1]} cannot be read: ${unreadable[2]}.`,
                  unreadable[1] === key ? 'tlskey' : 'tlscert',
                ]
              : [`The TLS certificate ${cert} and key ${key} do not load: ${reason}.`, 'tlscert'];
      return {
        message,
        hint: 'Point "tlscert" and "tlskey" at a readable PEM certificate and its unencrypted key (compare `openssl x509 -noout -pubkey -in CERT` with `openssl pkey -pubout -in KEY`).',
        setting,
        fixable: true,
      };
    },
  },
  {
    id: 'invalid-tls',
    pattern: /^failed to append certificates from PEM file: "(.*)"$/,
    build: ({ match }) => ({
      message: `The TLS CA file ${match[1]} ("tlscacert") holds no PEM certificate.`,
      hint: 'Point "tlscacert" at the PEM file of the CA that signed the clients\' certificates.',
      setting: 'tlscacert',
      fixable: true,
    }),
  },
  {
    id: 'invalid-tls',
    pattern: /^could not read CA certificate "(.*?)": (.*)$/,
    build: ({ match }) => ({
      message: `The TLS CA file ${match[1]} ("tlscacert") cannot be read: ${match[2]}.`,
      hint: 'Point "tlscacert" at a readable PEM file.',
      setting: 'tlscacert',
      fixable: true,
    }),
  },
];
