#!/usr/bin/env bash
# nsbox.sh -- a sysvinit-style host for Debian's docker.io without touching the real one: a private
# mount + network + pid namespace in which /etc/docker, /etc/default, /var, /run and
# /etc/init.d/docker are test-owned (bind-mounted from the instance dir). There is no systemd in it
# (/run/systemd/system does not exist), so `service docker ...` runs the init script.
#
#   nsbox.sh start NAME [--unpatched]
#                              create the namespaces; returns when they are ready. --unpatched (or
#                              NSBOX_UNPATCHED=1): /etc/init.d/docker is Debian's script as is
#   nsbox.sh init-script NAME patched|unpatched|show
#                              swap the box's /etc/init.d/docker between the two (the file's
#                              content is rewritten in place: same inode, so the bind mount inside
#                              sees it at once; do not swap while the script runs); show prints which
#   nsbox.sh exec NAME CMD...  run CMD inside (nsenter -m -n -p, clean environment)
#   nsbox.sh dir NAME          host path of its files:
#                                etc-docker/       = /etc/docker
#                                etc-default/      = /etc/default (a copy of the host's; a directory, so
#                                                    a rename over /etc/default/docker works inside)
#                                default-docker    -> etc-default/docker
#                                init.d-docker     = /etc/init.d/docker (patched or Debian's)
#                                init.d-docker.debian  Debian's script as it was at start
#                                var/              = /var (var/log/docker.log, var/lib/docker)
#                                run/              = /run (run/docker.sock answers from the host too)
#   nsbox.sh stop NAME         end everything in it and remove its files (also for leftovers)
#   nsbox.sh list              instances present under $NSBOX_INST
#
# The real init script cannot start dockerd on these machines: `ulimit -n 1048576` and
# `ulimit -u unlimited` exceed the hard limits and abort it under `set -e`. The patched copy (the
# default) raises the limits to the hard limits instead; nothing else is changed (feasibility.md
# section 2). Unpatched, `service docker start` fails there, before start-stop-daemon runs dockerd,
# as it does on any host whose hard limit is lower (what issue 11's tests need).
set -euo pipefail

INST=${NSBOX_INST:-/var/tmp/dockerd-config-nsbox}
INIT_SCRIPT=${NSBOX_INIT_SCRIPT:-/etc/init.d/docker}
DEFAULTS=${NSBOX_DEFAULTS:-/etc/default/docker}

die() { printf 'nsbox: %s\n' "$*" >&2; exit 1; }
warn() { printf 'nsbox: %s\n' "$*" >&2; }
valid_name() { [[ $1 =~ ^[a-z0-9][a-z0-9-]{0,31}$ ]] || die "bad NAME '$1' (lowercase letters, digits, '-'; at most 32)"; }
need_root() { [ "$(id -u)" = 0 ] || die "must run as root"; }
alive() { [ -n "${1:-}" ] && [ -r "/proc/$1/status" ] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }

# The holder is tini, PID 1 of the box's pid namespace: when it exits, the kernel ends every
# process left in the namespace (dockerd, containerd, anything a test started).
holder_pid() {
  local h
  h=$(cat "$INST/$1/holder.pid" 2>/dev/null) || return 1
  alive "$h" && [ "$(pid_ns_of "$h")" = "$(cat "$INST/$1/pid-ns" 2>/dev/null)" ] && echo "$h"
}

pid_ns_of() { stat -L -c %i "/proc/$1/ns/pid" 2>/dev/null; }

# Host pids of processes still in the box's pid namespace (one stat for all of /proc).
members() {
  local ns inode path pid
  ns=$(cat "$INST/$1/pid-ns" 2>/dev/null) || return 0
  stat -L -c '%i %n' /proc/[0-9]*/ns/pid 2>/dev/null | while read -r inode path; do
    pid=${path#/proc/}; pid=${pid%%/*}
    [ "$inode" = "$ns" ] && alive "$pid" && echo "$pid"
  done
  return 0
}

mounts_under() { awk -v d="$1" '$2 == d || index($2, d "/") == 1 {print $2}' /proc/mounts | sort -r; }

stop_instance() {
  local n=$1 t=$INST/$1 h i m left
  if h=$(holder_pid "$n"); then
    kill -KILL "$h"
  fi
  for ((i = 0; i < 100; i++)); do left=$(members "$n"); [ -z "$left" ] && break; sleep 0.05; done
  [ -z "$left" ] || die "processes of $n still running: $left"
  # The namespace's mounts were private; these would be ours from an unexpected host-side mount.
  for m in $(mounts_under "$t"); do umount "$m" 2>/dev/null || umount -l "$m"; done
  [ -z "$(mounts_under "$t")" ] || die "still mounted under $t"
  rm -rf --one-file-system "$t"
}

patch_init_script() {
  sed -e 's/^\(\s*\)ulimit -n 1048576$/\1ulimit -n "$(ulimit -Hn)"/' \
      -e 's/^\(\s*\)ulimit -\([up]\) unlimited$/\1ulimit -\2 "$(ulimit -H\2)"/' "$1" > "$2"
  chmod 755 "$2"
  # Exactly the three ulimit lines differ; anything else means Debian changed the script.
  local changed
  changed=$(diff "$1" "$2" | grep -c '^>' || true)
  [ "$changed" = 3 ] || die "patching $1 changed $changed lines, expected 3 (ulimit -n/-u/-p); the script changed?"
}

# Writes the patched or the unpatched script over $T/init.d-docker in place (cat >, not mv: the
# inode the box's bind mount holds stays the same).
write_init_script() {
  local t=$1 which=$2
  case "$which" in
  patched) patch_init_script "$t/init.d-docker.debian" "$t/init.d-docker.tmp"; cat "$t/init.d-docker.tmp" > "$t/init.d-docker"; rm -f "$t/init.d-docker.tmp" ;;
  unpatched) cat "$t/init.d-docker.debian" > "$t/init.d-docker" ;;
  *) die "init-script: expected patched or unpatched, got '$which'" ;;
  esac
  chmod 755 "$t/init.d-docker"
  echo "$which" > "$t/init-script"
}

cmd=${1:-}; shift || true
case "$cmd" in
start)
  need_root
  N=${1:?usage: nsbox.sh start NAME [--unpatched]}; valid_name "$N"; T=$INST/$N
  WHICH=patched
  [ "${NSBOX_UNPATCHED:-}" = 1 ] && WHICH=unpatched
  case "${2:-}" in
  '') ;;
  --unpatched) WHICH=unpatched ;;
  --patched) WHICH=patched ;;
  *) die "start $N: unknown option '$2' (--unpatched or --patched)" ;;
  esac
  for c in unshare nsenter tini ip; do command -v $c >/dev/null || die "$c is missing; run as root: bash scripts/provision.sh"; done
  [ -f "$INIT_SCRIPT" ] || die "$INIT_SCRIPT is missing (docker.io not installed?)"
  holder_pid "$N" >/dev/null && die "$N is already running; stop it first: $0 stop $N"
  [ -e "$T" ] && { warn "removing the leftovers of an earlier $N"; stop_instance "$N"; }
  mkdir -p "$T/var/lib/docker" "$T/var/log" "$T/var/tmp" "$T/etc-docker" "$T/etc-default" "$T/run/lock"
  chmod 1777 "$T/var/tmp"
  ln -s /run "$T/var/run"; ln -s /run/lock "$T/var/lock"
  cp -a /etc/default/. "$T/etc-default/"
  if [ -f "$DEFAULTS" ]; then cp "$DEFAULTS" "$T/etc-default/docker"; else : > "$T/etc-default/docker"; fi
  ln -s etc-default/docker "$T/default-docker"
  cp "$INIT_SCRIPT" "$T/init.d-docker.debian"
  : > "$T/init.d-docker"
  write_init_script "$T" "$WHICH"
  # The launcher records its own pid (it becomes unshare); unshare's child is the namespace's init.
  # shellcheck disable=SC2016
  setsid sh -c 'echo $$ > "$1/unshare.pid"; exec unshare --mount --propagation private --net --pid --fork --mount-proc bash -c "$2" "$1"' \
    nsbox-launch "$T" '
      set -e
      ip link set lo up
      mount --bind "$0/etc-docker" /etc/docker
      mount --bind "$0/etc-default" /etc/default
      mount --bind "$0/init.d-docker" /etc/init.d/docker
      mount --bind "$0/run" /run
      mount --bind "$0/var" /var    # last: the instance dir itself may live under /var
      [ ! -e /run/systemd/system ]
      exec tini -s -- sleep infinity' </dev/null >"$T/holder.log" 2>&1 &
  H=
  for ((i = 0; i < 200; i++)); do
    U=$(cat "$T/unshare.pid" 2>/dev/null || true)
    if [ -n "$U" ]; then
      H=$(pgrep -P "$U" | head -n1 || true)
      [ -n "$H" ] && [ "$(readlink "/proc/$H/exe" 2>/dev/null)" = "$(readlink -f "$(command -v tini)")" ] && break
      alive "$U" || { cat "$T/holder.log" >&2; rm -rf --one-file-system "$T"; die "the namespace of $N could not be set up (above)"; }
    fi
    H=; sleep 0.02
  done
  [ -n "$H" ] || { cat "$T/holder.log" >&2; die "the namespace of $N did not come up in 4 s"; }
  echo "$H" > "$T/holder.pid"
  pid_ns_of "$H" > "$T/pid-ns" ;;
exec)
  N=${1:?usage: nsbox.sh exec NAME CMD...}; shift; [ $# -gt 0 ] || die "exec $N: no command"
  H=$(holder_pid "$N") || die "$N is not running"
  exec nsenter -t "$H" -m -n -p -- env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root TERM=dumb LANG=C.UTF-8 "$@" ;;
init-script)
  need_root
  N=${1:?usage: nsbox.sh init-script NAME patched|unpatched|show}; valid_name "$N"; T=$INST/$N
  [ -f "$T/init.d-docker.debian" ] || die "$N does not exist (or was started by an older nsbox.sh)"
  if [ "${2:-}" = show ]; then cat "$T/init-script"; exit 0; fi
  write_init_script "$T" "${2:?usage: nsbox.sh init-script NAME patched|unpatched|show}" ;;
dir)
  N=${1:?usage: nsbox.sh dir NAME}
  [ -d "$INST/$N" ] || die "$N does not exist"
  echo "$INST/$N" ;;
stop)
  need_root
  N=${1:?usage: nsbox.sh stop NAME}; valid_name "$N"
  [ -e "$INST/$N" ] && stop_instance "$N"
  exit 0 ;;
list)
  if [ -d "$INST" ]; then find "$INST" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort; fi ;;
*)
  die "usage: nsbox.sh start NAME [--unpatched] | init-script NAME patched|unpatched|show | exec NAME CMD... | dir NAME | stop NAME | list" ;;
esac
