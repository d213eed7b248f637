/**
 * How dockerd words an error for the phase that finds it, per engine version: the
 * caller of a rule only knows the bare reason ("bad attribute format: x").
 */
import { atLeast, type EngineVersion } from '../../../engine/version.js';
import { goQuote } from '../go/quote.js';

export interface DockerdLine {
  dockerd: string;
  withFilePrefix: boolean;
}

/** config.Validate on the loaded configuration (after "unable to configure … file X: "). */
export function configValidation(engine: EngineVersion, reason: string): DockerdLine {
  const phase = atLeast(engine, '23.0.0')
    ? 'merged configuration validation from file and command line flags failed'
    : 'configuration validation from file failed';
  return { dockerd: `${phase}: ${reason}`, withFilePrefix: true };
}

/**
 * A value refused while decoding the JSON into dockerd's config struct. Go 1.27 builds
 * (upstream 29.7.2, Debian's 28.5.2+dfsg4) say "invalid JSON: " first.
 */
export function decodeError(engine: EngineVersion, reason: string): DockerdLine {
  const debianGo127 = /dfsg/.test(engine.raw) && atLeast(engine, '28.5.2');
  const prefix = atLeast(engine, '29.7.2') || debianGo127 ? 'invalid JSON: ' : '';
  return { dockerd: `${prefix}${reason}`, withFilePrefix: true };
}

/** Found while loading the configuration, printed on its own (e.g. the label conflict). */
export function bareConfigError(reason: string): DockerdLine {
  return { dockerd: reason, withFilePrefix: false };
}

/** Found in NewDaemon, after the API listeners and containerd are up. */
export function startError(reason: string): DockerdLine {
  return { dockerd: `failed to start daemon: ${reason}`, withFilePrefix: false };
}

export function listenersError(reason: string): DockerdLine {
  return { dockerd: `failed to load listeners: ${reason}`, withFilePrefix: false };
}

/** A flag's value refused by pflag (dockerd prints usage and exits 125). */
export function flagError(flag: string, value: string, reason: string): DockerdLine {
  return {
    dockerd: `Status: invalid argument ${goQuote(value)} for ${goQuote(flag)} flag: ${reason}`,
    withFilePrefix: false,
  };
}
