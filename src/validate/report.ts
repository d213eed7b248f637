// Building diagnostics: positions in daemon.json, dockerd's prefixes for each engine version.
import type { Diagnostic, DiagnosticId, Severity, Source } from '../diagnostics/types.js';
import { atLeast, type EngineVersion } from '../engine/version.js';
import type { DaemonConfigModel } from './model.js';

/** How every error from reading, decoding or checking the file starts. */
export const configFilePrefix = (path: string): string => `unable to configure the Docker daemon with file ${path}: `;

/** The prefix of config validation errors (20.10 validates the file alone first). */
export const validationPrefix = (engine: EngineVersion): string =>
  atLeast(engine, '23.0.0')
    ? 'merged configuration validation from file and command line flags failed: '
    : 'configuration validation from file failed: ';

/**
 * Go 1.27 builds (upstream 29.7.2, Debian's 28.5.2+dfsg4) put "invalid JSON: " before errors of
 * the JSON decoder (syntax, types, values parsed while decoding).
 */
export const decodePrefix = (engine: EngineVersion): string =>
  atLeast(engine, '29.7.2') || (/dfsg/.test(engine.raw) && atLeast(engine, '28.5.2')) ? 'invalid JSON: ' : '';

/** Texts that dockerd prints without the "unable to configure …" prefix (later phases). */
const UNPREFIXED =
  /^(unable to configure|failed to |invalid TLS configuration|Status: |conflict labels|Host-discovery|configuration OK|panic:|invalid configuration|cannot specify both "--)/;

/**
 * dockerd's full line for an error text: errors of the config-loading phase get the
 * "unable to configure the Docker daemon with file X: " prefix, later phases print as they are.
 */
export function dockerdLine(path: string, text: string): string {
  return UNPREFIXED.test(text) ? text : `${configFilePrefix(path)}${text}`;
}

export interface At {
  offset?: number;
  source?: Source;
}

/** A diagnostic builder bound to one model (file path, positions). */
export function reporter(model: DaemonConfigModel) {
  const fileSource: Source = { kind: 'daemon-json', path: model.path };
  return (
    id: DiagnosticId,
    severity: Severity,
    at: At,
    fields: Pick<Diagnostic, 'message' | 'key' | 'hint' | 'says' | 'hintSays' | 'dockerd'> & { fixable?: boolean },
  ): Diagnostic => {
    const d: Diagnostic = { id, severity, message: fields.message, fixable: fields.fixable ?? false };
    if (at.offset !== undefined && model.doc) {
      const pos = model.doc.positionAt(at.offset);
      d.file = model.path;
      d.line = pos.line;
      d.column = pos.column;
      d.source = { ...fileSource, line: pos.line };
    } else if (at.source) {
      d.source = at.source;
      if (at.source.path) d.file = at.source.path;
      if (at.source.line !== undefined) d.line = at.source.line;
    } else {
      d.file = model.path;
      d.source = fileSource;
    }
    if (fields.key !== undefined) d.key = fields.key;
    if (fields.hint !== undefined) d.hint = fields.hint;
    if (fields.says !== undefined) d.says = fields.says;
    if (fields.hintSays !== undefined) d.hintSays = fields.hintSays;
    if (fields.dockerd !== undefined) d.dockerd = fields.dockerd;
    return d;
  };
}

export type Report = ReturnType<typeof reporter>;
