/** Where a setting or a problem comes from. */
export type SourceKind =
  | 'daemon-json'
  | 'env-file' // /etc/default/docker (DOCKER_OPTS)
  | 'unit' // a systemd unit's ExecStart
  | 'drop-in' // a *.service.d/*.conf drop-in
  | 'sysvinit' // /etc/init.d/docker's fixed flags
  | 'daemon-args' // --daemon-args given to us
  | 'command-line' // a value the user typed for this run
  | 'hosts-toml' // a registry's certs.d/<host>/hosts.toml
  | 'certificate'; // a CA or client certificate (or its key) in certs.d

export interface Source {
  kind: SourceKind;
  path?: string;
  line?: number;
}
