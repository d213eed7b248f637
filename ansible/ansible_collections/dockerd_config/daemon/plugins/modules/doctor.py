#!/usr/bin/python
# -*- coding: utf-8 -*-
# SPDX-License-Identifier: MIT

from __future__ import absolute_import, division, print_function

__metaclass__ = type

DOCUMENTATION = r'''
---
module: doctor
short_description: Diagnose the Docker daemon's configuration and service (dockerd-config doctor)
description:
  - Runs every check of C(dockerd-config doctor --json) on the managed host (configuration files and
    flags as the installed dockerd judges them, the service and its start limit, sockets, mirrors,
    registries, credentials) and returns its report.
  - An information module; it never changes anything and is never C(changed). C(doctor --fix) is not
    offered here; use M(dockerd_config.daemon.settings) or run C(dockerd-config doctor --fix) on the host.
  - Fails the task when the report has findings of the severity named by C(fail_on).
  - Needs the C(dockerd-config) executable on the managed host (see the C(dockerd_config.daemon.install) role).
version_added: "0.1.0"
author:
  - dockerd-config maintainers
requirements:
  - dockerd-config 0.1.0 or newer on the managed host
options:
  fail_on:
    description:
      - C(error) fails the task when a finding is an error (dockerd would refuse its configuration,
        the daemon is down, ...); C(warning) also on warnings; C(never) only reports.
      - The report is returned in every case.
    type: str
    choices: [error, warning, never]
    default: error
  offline:
    description:
      - Do not probe the network (mirrors, registries) (C(--offline)).
    type: bool
    default: false
  only:
    description:
      - Run only one group of checks (C(--only)).
    type: str
    choices: [config, service, network, security]
  timeout:
    description:
      - Seconds each probe may take (C(--timeout)); the probes run in parallel.
    type: int
    default: 5
extends_documentation_fragment:
  - dockerd_config.daemon.cli
attributes:
  check_mode:
    support: full
    description: Reads only; it runs the same in check mode.
  diff_mode:
    support: none
notes:
  - Messages are the CLI's, in English; credentials are masked.
seealso:
  - module: dockerd_config.daemon.settings
'''

EXAMPLES = r'''
- name: Diagnose the Docker daemon
  dockerd_config.daemon.doctor:
  register: doctor

- name: Report only, whatever it finds, without network probes
  dockerd_config.daemon.doctor:
    fail_on: never
    offline: true
  register: doctor

- name: Show the errors
  ansible.builtin.debug:
    msg: "{{ doctor.diagnostics | selectattr('severity', 'equalto', 'error') | map(attribute='message') | list }}"
'''

RETURN = r'''
healthy:
  description: The CLI found no error (its C(ok)).
  returned: always
  type: bool
engine_version:
  description: The dockerd version whose rules were applied.
  returned: when known
  type: str
  sample: "26.1.5"
checks:
  description: Every check with its C(id), C(title), C(group), C(status) (C(ok), C(warning), C(error),
    C(crashed), C(skipped)) and, when there is one, a C(note).
  returned: always
  type: list
  elements: dict
  sample: [{"id": "config.validation", "title": "daemon.json and dockerd flags", "group": "config", "status": "ok"}]
diagnostics:
  description: The findings (C(id), C(severity), C(message), C(file), C(line), C(hint), C(check), C(fix), ...).
  returned: always
  type: list
  elements: dict
error_count:
  description: How many findings are errors (a check that crashed counts as one).
  returned: always
  type: int
warning_count:
  description: How many findings are warnings.
  returned: always
  type: int
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

from ansible.module_utils.basic import AnsibleModule
from ansible_collections.dockerd_config.daemon.plugins.module_utils.cli import (
    GLOBAL_ARGUMENT_SPEC,
    describe,
    find_binary,
    global_args,
    run_json,
)


def argument_spec():
    spec = dict(
        fail_on=dict(type='str', choices=['error', 'warning', 'never'], default='error'),
        offline=dict(type='bool', default=False),
        only=dict(type='str', choices=['config', 'service', 'network', 'security']),
        timeout=dict(type='int', default=5),
    )
    spec.update(GLOBAL_ARGUMENT_SPEC)
    return spec


def main():
    module = AnsibleModule(argument_spec=argument_spec(), supports_check_mode=True)
    p = module.params
    cmd = [find_binary(module)] + global_args(p) + ['doctor', '--json', '--timeout', str(p['timeout'])]
    if p['offline']:
        cmd.append('--offline')
    if p['only'] is not None:
        cmd += ['--only', p['only']]
    rc, doc, out, err = run_json(module, cmd)

    error = doc.get('error')
    if isinstance(error, dict):
        # A usage error (exit 64) or an internal one: the CLI did not examine anything.
        module.fail_json(msg=error.get('message') or err.strip(), exit_code=rc, cmd=cmd, stderr=err, report=doc)

    diagnostics = [d for d in doc.get('diagnostics') or [] if isinstance(d, dict)]
    checks = doc.get('checks') or []
    errors = [d for d in diagnostics if d.get('severity') == 'error']
    warnings = [d for d in diagnostics if d.get('severity') == 'warning']
    # A check that crashed or erred without a finding still counts as an error.
    errored = [c for c in checks if c.get('status') in ('error', 'crashed')]
    result = dict(
        changed=False,
        healthy=doc.get('ok') is True,
        checks=checks,
        diagnostics=diagnostics,
        error_count=max(len(errors), len(errored)),
        warning_count=len(warnings),
        report=doc,
        cmd=cmd,
        exit_code=rc,
    )
    if doc.get('engineVersion') is not None:
        result['engine_version'] = doc['engineVersion']

    failing = []
    if p['fail_on'] in ('error', 'warning'):
        failing += errors or [
            dict(message='check %s: %s' % (c.get('id'), c.get('note') or c.get('status'))) for c in errored
        ]
    if p['fail_on'] == 'warning':
        failing += warnings
    if failing:
        module.fail_json(msg='\n'.join(describe(d) for d in failing), **result)
    module.exit_json(**result)


if __name__ == '__main__':
    main()
