import type { RemoteApi } from '../answers.js';
import { pemFileCheck, tcpAddressCheck } from '../checks.js';
import type { Session } from '../session.js';

/**
 * The remote API (hosts / -H). Loopback is the default; a network address needs TLS with client
 * verification (files checked as typed) or a confirmation that says plainly what it gives away.
 */
export async function askRemoteApi(s: Session): Promise<RemoteApi | undefined> {
  const { io, prompter } = s;
  const { t } = io;
  const engine = s.state.engine.version;
  const kind = (await prompter.select({
    name: 'apiKind',
    message: t('wizard.api.kind'),
    choices: [
      { value: 'loopback', label: t('wizard.api.loopback'), description: t('wizard.api.loopbackHelp') },
      { value: 'tls', label: t('wizard.api.tls'), description: t('wizard.api.tlsHelp') },
      { value: 'insecure', label: t('wizard.api.insecure'), description: t('wizard.api.insecureHelp') },
      { value: 'skip', label: t('wizard.api.skip') },
    ],
    default: 'loopback',
  })) as 'loopback' | 'tls' | 'insecure' | 'skip';
  if (kind === 'skip') return undefined;
  if (kind === 'loopback') {
    const address = await prompter.input({
      name: 'apiAddress',
      message: t('wizard.api.address'),
      default: 'tcp://127.0.0.1:2375',
      validate: tcpAddressCheck(engine, t, true),
    });
    return { kind, address: address.trim() };
  }
  const address = (
    await prompter.input({
      name: 'apiAddress',
      message: t('wizard.api.address'),
      default: kind === 'tls' ? 'tcp://0.0.0.0:2376' : 'tcp://0.0.0.0:2375',
      validate: tcpAddressCheck(engine, t, false),
    })
  ).trim();
  if (kind === 'tls') {
    const pem = pemFileCheck(s.ctx, t);
    const ca = await prompter.input({
      name: 'tlsCa',
      message: t('wizard.api.ca'),
      default: '/etc/docker/tls/ca.pem',
      validate: pem,
    });
    const cert = await prompter.input({
      name: 'tlsCert',
      message: t('wizard.api.cert'),
      default: '/etc/docker/tls/server-cert.pem',
      validate: pem,
    });
    const key = await prompter.input({
      name: 'tlsKey',
      message: t('wizard.api.key'),
      default: '/etc/docker/tls/server-key.pem',
      validate: pem,
    });
    return { kind, address, ca: ca.trim(), cert: cert.trim(), key: key.trim() };
  }
  io.say(
    io.style.color
      ? `\u001b[1;31m${t('wizard.api.danger', { address })}\u001b[0m`
      : t('wizard.api.danger', { address }),
  );
  const sure = await prompter.confirm({
    name: 'apiInsecureConfirm',
    message: t('wizard.api.dangerConfirm'),
    default: false,
  });
  return sure ? { kind, address } : undefined;
}
