#!/usr/bin/python
# -*- coding: utf-8 -*-
# SPDX-License-Identifier: MIT

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
---
module: settings
short_description: Apply a desired Docker daemon configuration as one safe change
description:
  - Merges registry mirrors, insecure registries, listeners (C(hosts), C(-H)) and any other
    C(daemon.json) key into the Docker daemon's configuration with C(dockerd-config apply - --json),
    as B(one) change per host.
  - The CLI locks, re-reads, validates the whole resulting configuration as the installed dockerd
    would judge it, backs up, writes atomically, reloads or restarts dockerd through the host's
    service manager, proves that the running daemon uses the new configuration, and restores the
    backup when dockerd refuses it. A setting that lives in C(/etc/default/docker) is edited there.
  - C(changed) is true only when a file or the daemon changed; a second run with the same options
    reports C(ok).
  - A change the CLI refuses before writing, or one that dockerd refused and that was rolled back,
    fails the task with the CLI's diagnostics in C(msg) and C(diagnostics) (and C(rolled_back=true)).
  - Needs the C(dockerd-config) executable on the managed host (see the C(dockerd_config.daemon.install) role).
version_added: "0.1.0"
author:
  - dockerd-config maintainers
requirements:
  - dockerd-config 0.1.0 or newer on the managed host
options:
  mirrors:
    description:
      - Registry mirrors (C(registry-mirrors)), for example C(https://mirror.example).
      - Merged with the mirrors already configured unless C(exact=true).
    type: list
    elements: str
  insecure_registries:
    description:
      - Registries reached over plain HTTP or with an untrusted certificate (C(insecure-registries)),
        as C(host[:port]) or a CIDR.
      - Merged with the entries already configured unless C(exact=true).
    type: list
    elements: str
  hosts:
    description:
      - Sockets dockerd listens on (C(hosts), C(-H)), for example C(unix:///var/run/docker.sock) or
        C(tcp://127.0.0.1:2375).
      - On a systemd host whose unit passes C(-H fd://), the CLI also writes the drop-in that lets
        dockerd start with C(hosts) in C(daemon.json).
      - A non-loopback TCP listener without TLS client verification is refused unless
        C(allow_insecure_tcp=true).
      - Merged with the listeners already configured unless C(exact=true).
    type: list
    elements: str
  settings:
    description:
      - 'Any other C(daemon.json) keys and their values, for example C({"log-driver": "journald"}).'
      - A key whose value is C(null) is removed.
      - Lists are merged like C(mirrors) unless C(exact=true); every other value replaces the current one.
      - Must not repeat a key given by C(mirrors), C(insecure_registries) or C(hosts).
    type: dict
  exact:
    description:
      - Lists replace the configured lists instead of being merged into them (C(--exact)).
    type: bool
    default: false
  restart:
    description:
      - C(auto) reloads or restarts dockerd when the change needs it, then verifies it.
      - C(never) only writes the files (C(--no-restart)); the result says that dockerd still has to
        pick the change up.
    type: str
    choices: [auto, never]
    default: auto
  assume_yes:
    description:
      - Consent to a restart that stops running containers (C(--yes)).
      - Without it such a change is refused before anything is written, and the task fails.
    type: bool
    default: false
  allow_insecure_tcp:
    description:
      - Allow a non-loopback TCP listener without TLS client verification (C(--allow-insecure-tcp)).
    type: bool
    default: false
  restart_cmd:
    description:
      - Restart dockerd with this command instead of the detected service manager (C(--restart-cmd));
        for s6, supervisord and tests.
    type: str
  timeout:
    description:
      - Seconds to wait for dockerd to become healthy after a restart (C(--timeout)).
    type: int
    default: 30
extends_documentation_fragment:
  - dockerd_config.daemon.cli
attributes:
  check_mode:
    support: full
    description: Runs the CLI with C(--dry-run); nothing is written and C(changed) says what a real run would do.
  diff_mode:
    support: full
    description: Shows the text before and after of every file the change touches; private keys are not shown.
notes:
  - Check mode runs C(dockerd-config apply --dry-run); the diff comes from the same plan a real run writes.
  - Credentials in URLs are masked in every output, diffs included.
  - Check mode also refuses what the real run would refuse, such as a restart that would stop
    running containers without I(assume_yes).
  - When the files already hold the desired state the task is C(ok), even if dockerd never took
    them up (for example after C(restart=never), or after a failed reload). To find such hosts, run
    M(dockerd_config.daemon.doctor) with I(fail_on=warning); it reports C(config-not-applied).
seealso:
  - module: dockerd_config.daemon.doctor
  - name: dockerd-config validate as a validate hook
    description: 'C(ansible.builtin.template) and C(ansible.builtin.copy) can check a whole daemon.json
      with C(validate: dockerd-config validate %s).'
    link: https://www.npmjs.com/package/dockerd-config
'''

EXAMPLES = r'''
- name: Use a registry mirror and trust the internal registry
  dockerd_config.daemon.settings:
    mirrors:
      - https://mirror.example.com
    insecure_registries:
      - registry.internal:5000

- name: Exactly these mirrors, and journald logging; drop a stale key
  dockerd_config.daemon.settings:
    mirrors: ["https://mirror.example.com"]
    exact: true
    settings:
      log-driver: journald
      debug: null

- name: Also listen on loopback TCP; restarting may stop running containers
  dockerd_config.daemon.settings:
    hosts:
      - unix:///var/run/docker.sock
      - tcp://127.0.0.1:2375
    assume_yes: true

- name: Write only; restart later in a maintenance window
  dockerd_config.daemon.settings:
    settings:
      live-restore: true
    restart: never
  register: written

- name: What would change (no write)
  dockerd_config.daemon.settings:
    mirrors: ["https://mirror.example.com"]
  check_mode: true
  diff: true
'''

RETURN = r'''
outcome:
  description: How the change ended (C(applied), C(unchanged), C(dry-run), C(kept), C(refused),
    C(rolled-back), C(rollback-failed), C(failed)).
  returned: always
  type: str
  sample: applied
files:
  description: The files the change touched (or would touch in check mode).
  returned: always
  type: list
  elements: dict
  contains:
    path:
      description: The file.
      type: str
    changed:
      description: Whether its bytes changed.
      type: bool
    backup:
      description: The backup id of its old content (for C(dockerd-config rollback --to ID)), null when none was made.
      type: str
  sample: [{"path": "/etc/docker/daemon.json", "changed": true, "backup": "20260101T120000Z-daemon.json"}]
service:
  description: What the service step did (C(manager), C(action), C(ok), ...).
  returned: always
  type: dict
  sample: {"manager": "systemd", "action": "reload", "ok": true, "daemonReload": false}
verified:
  description: The running daemon was shown to use the new configuration.
  returned: always
  type: bool
rolled_back:
  description: dockerd refused the change and the previous configuration was restored.
  returned: always
  type: bool
restored:
  description: After a rollback, whether the previous configuration came up again.
  returned: when rolled_back
  type: dict
stopped_containers:
  description: Containers the restart stopped (only with C(assume_yes=true)).
  returned: when a restart stopped containers
  type: list
  elements: str
diagnostics:
  description: The CLI's findings (C(id), C(severity), C(message), C(file), C(line), C(column), C(hint), C(fixable)).
  returned: always
  type: list
  elements: dict
engine_version:
  description: The dockerd version whose rules were applied.
  returned: when known
  type: str
  sample: "26.1.5"
report:
  description: The CLI's whole C(--json) document, unchanged.
  returned: always
  type: dict
exit_code:
  description: The CLI's exit status (0 success, 1 problems found or the change failed, 64 usage error,
    70 internal error, 77 permission denied).
  returned: always
  type: int
cmd:
  description: The command line that ran.
  returned: always
  type: list
  elements: str
'''

import json

from ansible.module_utils.basic import AnsibleModule
from ansible_collections.dockerd_config.daemon.plugins.module_utils.cli import (
    GLOBAL_ARGUMENT_SPEC,
    failure_message,
    find_binary,
    hide_credentials,
    global_args,
    run_json,
)

# Module option → daemon.json key.
LIST_KEYS = (
    ('mirrors', 'registry-mirrors'),
    ('insecure_registries', 'insecure-registries'),
    ('hosts', 'hosts'),
)


def argument_spec():
    spec = dict(
        mirrors=dict(type='list', elements='str'),
        insecure_registries=dict(type='list', elements='str'),
        hosts=dict(type='list', elements='str'),
        settings=dict(type='dict'),
        exact=dict(type='bool', default=False),
        restart=dict(type='str', choices=['auto', 'never'], default='auto'),
        assume_yes=dict(type='bool', default=False),
        allow_insecure_tcp=dict(type='bool', default=False),
        restart_cmd=dict(type='str'),
        timeout=dict(type='int', default=30),
    )
    spec.update(GLOBAL_ARGUMENT_SPEC)
    return spec


def desired_state(module):
    """The desired partial daemon.json: settings, then the list options under their keys."""
    desired = dict(module.params['settings'] or {})
    for option, key in LIST_KEYS:
        if module.params[option] is None:
            continue
        if key in desired:
            module.fail_json(msg='%s and settings[%r] both set %s: give it once' % (option, key, key))
        desired[key] = module.params[option]
    return desired


def command(module, binary):
    p = module.params
    cmd = [binary] + global_args(p) + ['apply', '-', '--json', '--timeout', str(p['timeout'])]
    if p['exact']:
        cmd.append('--exact')
    if p['restart'] == 'never':
        cmd.append('--no-restart')
    if p['assume_yes']:
        cmd.append('--yes')
    if p['allow_insecure_tcp']:
        cmd.append('--allow-insecure-tcp')
    if p['restart_cmd'] is not None:
        cmd += ['--restart-cmd', p['restart_cmd']]
    if module.check_mode:
        cmd.append('--dry-run')
    if module._diff:
        cmd.append('--diff')
    return cmd


def diffs(doc):
    """Ansible's diff list from the files' before/after (present with --diff)."""
    out = []
    for f in doc.get('files') or []:
        if 'after' not in f:
            continue
        before = f.get('before')
        after = f['after']
        if before == after:
            if not f.get('changed'):
                continue
            # Only what is masked changed (a password): said, since the texts shown are the same.
            after = after + '\n# (only masked credentials changed)\n'
        out.append(
            dict(
                before='' if before is None else before,
                after=after,
                before_header='/dev/null' if before is None else f['path'],
                after_header=f['path'],
            )
        )
    return out


def main():
    module = AnsibleModule(
        argument_spec=argument_spec(),
        required_one_of=[['mirrors', 'insecure_registries', 'hosts', 'settings']],
        supports_check_mode=True,
    )
    # A password in a mirror or proxy URL: the CLI masks its own report, Ansible must mask what it echoes.
    hide_credentials(module, module.params['settings'], module.params['mirrors'], module.params['hosts'])
    desired = desired_state(module)
    cmd = command(module, find_binary(module))
    rc, doc, out, err = run_json(module, cmd, data=json.dumps(desired))

    result = dict(
        changed=bool(doc.get('changed')),
        outcome=doc.get('outcome'),
        files=[dict((k, v) for k, v in f.items() if k not in ('before', 'after')) for f in doc.get('files') or []],
        service=doc.get('service'),
        verified=bool(doc.get('verified')),
        rolled_back=bool(doc.get('rolledBack')),
        diagnostics=doc.get('diagnostics') or [],
        report=doc,
        cmd=cmd,
        exit_code=rc,
    )
    if doc.get('engineVersion') is not None:
        result['engine_version'] = doc['engineVersion']
    if 'restored' in doc:
        result['restored'] = doc['restored']
    if doc.get('stoppedContainers'):
        result['stopped_containers'] = doc['stoppedContainers']
    if module._diff:
        result['diff'] = diffs(doc)

    # 0: done; 2 only with --detailed-exitcode (not used). Anything else, or ok false, is a failure.
    if rc not in (0, 2) or doc.get('ok') is not True:
        fallback = 'dockerd-config apply failed (outcome %s, exit status %d)' % (doc.get('outcome'), rc)
        if err.strip() and not doc.get('diagnostics') and not doc.get('error'):
            fallback = err.strip()
        module.fail_json(msg=failure_message(doc, fallback), stderr=err, **result)

    for d in result['diagnostics']:
        if isinstance(d, dict) and d.get('severity') == 'warning':
            module.warn('%s [%s]' % (d.get('message'), d.get('id')))
    module.exit_json(**result)


if __name__ == '__main__':
    main()
