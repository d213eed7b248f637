# -*- coding: utf-8 -*-
# Shared by the dockerd_config.daemon modules: run the dockerd-config CLI with --json and read its
# one JSON document. The CLI does all the work (plan, validate, write, restart, verify, roll back);
# these helpers only build its command line and map its answer.
# SPDX-License-Identifier: MIT

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import json
import re

# user[:password]@ in a URL (a mirror, a proxy, a listener): a lone user may be a token too.
_USERINFO = re.compile(r'[a-z][a-z0-9+.-]*://([^/@\s]+)@', re.IGNORECASE)


def credentials_in(value):
    """Every user[:password] written into a URL anywhere in value (strings, lists, dicts), and their parts."""
    found = set()
    if isinstance(value, dict):
        for v in value.values():
            found |= credentials_in(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            found |= credentials_in(v)
    elif isinstance(value, str):
        for userinfo in _USERINFO.findall(value):
            found.add(userinfo)
            found.update(part for part in userinfo.split(':') if len(part) >= 3)
    return found


def hide_credentials(module, *values):
    """Ansible then masks them in the whole result, the echoed module arguments included."""
    for value in values:
        for secret in credentials_in(value):
            module.no_log_values.add(secret)

# Options every module that runs the CLI takes (DESIGN.md, "Global options").
GLOBAL_ARGUMENT_SPEC = dict(
    binary=dict(type='str', default='dockerd-config'),
    root=dict(type='path'),
    config_file=dict(type='path'),
    engine_version=dict(type='str'),
    daemon_args=dict(type='str'),
)


def global_args(params):
    """--root, --config-file, --engine-version, --daemon-args from the module's parameters."""
    args = []
    if params.get('root') is not None:
        args += ['--root', params['root']]
    if params.get('config_file') is not None:
        args += ['--config-file', params['config_file']]
    if params.get('engine_version') is not None:
        args += ['--engine-version', params['engine_version']]
    if params.get('daemon_args') is not None:
        # One word whatever it begins with ("-H fd://"); "" means: no flags.
        args += ['--daemon-args', params['daemon_args']]
    return args


def find_binary(module):
    """The CLI as given: a path, or a name looked up on PATH (and in /usr/local/bin, /usr/bin)."""
    binary = module.params['binary']
    if '/' in binary:
        return binary
    return module.get_bin_path(binary, required=True, opt_dirs=['/usr/local/bin', '/usr/bin'])


def run_json(module, cmd, data=None):
    """Run the CLI; returns (rc, document, stdout, stderr). Fails the task when there is no JSON."""
    rc, out, err = module.run_command(cmd, data=data, binary_data=data is None, environ_update={'NO_COLOR': '1'})
    try:
        doc = json.loads(out)
    except ValueError:
        doc = None
    if not isinstance(doc, dict):
        # No document: the CLI could not run (not installed, crashed before --json took effect).
        module.fail_json(
            msg=(err or out).strip() or 'dockerd-config exited with status %d and printed nothing' % rc,
            rc=rc,
            cmd=cmd,
            stdout=out,
            stderr=err,
        )
    return rc, doc, out, err


def describe(diagnostic):
    """One diagnostic as a line: the CLI's message unchanged, then its id, place and hint."""
    text = diagnostic.get('message', '')
    place = diagnostic.get('file')
    if place and diagnostic.get('line') is not None:
        place = '%s:%s' % (place, diagnostic['line'])
        if diagnostic.get('column') is not None:
            place = '%s:%s' % (place, diagnostic['column'])
    details = [d for d in (diagnostic.get('id'), place) if d]
    if details:
        text = '%s [%s]' % (text, ', '.join(str(d) for d in details))
    if diagnostic.get('hint'):
        text = '%s Hint: %s' % (text, diagnostic['hint'])
    return text


def failure_message(doc, fallback):
    """msg of a failed task: a usage error's message, else the error (then warning) diagnostics."""
    error = doc.get('error')
    if isinstance(error, dict) and error.get('message'):
        return error['message']
    diagnostics = [d for d in doc.get('diagnostics') or [] if isinstance(d, dict)]
    for severity in ('error', 'warning'):
        found = [describe(d) for d in diagnostics if d.get('severity') == severity]
        if found:
            return '\n'.join(found)
    return fallback
