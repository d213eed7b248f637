/**
 * How the wizard checks what is typed, before ⏎ is taken: the rules the CLI applies to the same
 * values (list-settings' normalize, the key table, the validator), with messages in the chosen language.
 */
import type { Ctx } from '../context.js';
import { underRoot } from '../context.js';
import { catalogueFor } from '../engine/catalogue.js';
import type { EngineVersion } from '../engine/version.js';
import type { Translate } from '../i18n/index.js';
import { HOSTS, type ListSetting } from '../plan/list-settings.js';
import { isLoopbackHost, parseDaemonHost } from '../validate/values/hosts/daemon-host.js';
import type { Check } from '../model/prompter.js';
import { readBytes } from '../sources/fs-read.js';

/** One or more values on a line, separated by spaces or commas. */
export const splitValues = (typed: string): string[] => typed.split(/[\s,]+/).filter(Boolean);

/** The CLI's rule for one or more values of a list setting; `allowEmpty`: an empty line ends a list. */
export function listCheck(setting: ListSetting, engine: EngineVersion, t: Translate, allowEmpty: boolean): Check {
  return (typed) => {
    const values = splitValues(typed);
    if (values.length === 0) return allowEmpty ? true : t('wizard.check.empty');
    for (const value of values) {
      const result = setting.normalize(value, engine);
      if (!result.ok)
        return t('list.invalid', {
          command: setting.command,
          noun: setting.noun,
          value: setting.display(value),
          reason: result.reason,
        });
    }
    return true;
  };
}

/** A TCP address for the API; `loopback` requires 127.0.0.1/::1/localhost, else it must not be one. */
export function tcpAddressCheck(engine: EngineVersion, t: Translate, loopback: boolean): Check {
  const valid = listCheck(HOSTS, engine, t, false);
  return (typed) => {
    const ok = valid(typed);
    if (ok !== true) return ok;
    if (splitValues(typed).length !== 1) return t('wizard.check.oneAddress');
    const parsed = parseDaemonHost(typed.trim(), engine);
    if (!parsed.ok || parsed.proto !== 'tcp') return t('wizard.check.tcpOnly');
    const local = isLoopbackHost(parsed.hostname ?? '');
    if (loopback && !local) return t('wizard.check.notLoopback');
    if (!loopback && local) return t('wizard.check.isLoopback');
    return true;
  };
}

/** A certificate or key file: it exists (under --root), is readable and is PEM. dockerd reads it at start. */
export function pemFileCheck(ctx: Pick<Ctx, 'fs' | 'root'>, t: Translate): Check {
  return (typed) => {
    const path = typed.trim();
    if (!path.startsWith('/')) return t('wizard.check.absolute');
    const read = readBytes(ctx, underRoot(ctx, path));
    if (!read.ok)
      return read.code === 'ENOENT'
        ? t('wizard.check.missingFile', { path })
        : t('wizard.check.unreadable', { path, code: read.code });
    const text = Buffer.from(read.bytes).toString('utf8');
    return text.includes('-----BEGIN ') ? true : t('wizard.check.notPem', { path });
  };
}

/** A daemon.json key this engine version accepts. */
export function keyCheck(engine: EngineVersion, t: Translate): Check {
  const catalogue = catalogueFor(engine);
  return (typed) => {
    const key = typed.trim();
    if (key === '') return t('wizard.check.empty');
    return catalogue.accepts(key) ? true : t('wizard.check.unknownKey', { key });
  };
}
