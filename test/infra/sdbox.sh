#!/usr/bin/env bash
# sdbox.sh -- throwaway Debian containers with a real systemd as PID 1 and Debian's stock docker.io,
# booted with systemd-nspawn from the rootfs scripts/provision.sh builds. Each instance is an overlay
# on that rootfs, so the rootfs never changes and every boot starts fresh.
#
#   sdbox.sh boot NAME [NETNS]   boot; returns when systemd reports running/degraded (NETNS: join
#                                /run/netns/NETNS instead of a private network)
#   sdbox.sh exec NAME CMD...    run CMD inside (all namespaces of the container, clean environment)
#   sdbox.sh root NAME           host path of the container's / (writes land in its overlay)
#   sdbox.sh leader NAME         host pid of the container's systemd
#   sdbox.sh stop NAME           power off, unmount, remove its cgroups and files (also for leftovers)
#   sdbox.sh list                instances present under $SDBOX_INST
#
# Environment: SDBOX_NSPAWN_ARGS (more systemd-nspawn options, split on spaces),
# SDBOX_BOOT_TIMEOUT (s, default 60), SDBOX_STOP_GRACE (s, default 15), SDBOX_CHECKOUT,
# SDBOX_ROOTFS, SDBOX_INST, DOCKERD_CACHE, SDBOX_NO_NODE.
#
# The checkout this script belongs to is bound read-only at the same path, and the host's node at
# /usr/local/bin/node, so `exec NAME node $CHECKOUT/bin/dockerd-config.js ...` runs the CLI inside.
# SDBOX_NO_NODE=1 binds neither (the checkout holds Node runtimes too, under .cache/ and release/):
# a host without Node, for the release artefacts; copy files in through `sdbox.sh root NAME`.
# Findings behind the flags: /work/shared/research/feasibility.md section 1.
set -euo pipefail

CACHE=${DOCKERD_CACHE:-/var/cache/dockerd-config}
ROOTFS=${SDBOX_ROOTFS:-$CACHE/sdbox-rootfs}
INST=${SDBOX_INST:-/var/tmp/dockerd-config-sdbox}
CHECKOUT=${SDBOX_CHECKOUT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)}
BOOT_TIMEOUT=${SDBOX_BOOT_TIMEOUT:-60}
STOP_GRACE=${SDBOX_STOP_GRACE:-15}

die() { printf 'sdbox: %s\n' "$*" >&2; exit 1; }
warn() { printf 'sdbox: %s\n' "$*" >&2; }

valid_name() { [[ $1 =~ ^[a-z0-9][a-z0-9-]{0,31}$ ]] || die "bad NAME '$1' (lowercase letters, digits, '-'; at most 32)"; }

# A pid is alive when it exists and is not a zombie: this VM's PID 1 does not reap orphans, so an
# exited nspawn can stay a zombie forever.
alive() { [ -n "${1:-}" ] && [ -r "/proc/$1/status" ] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }

nspawn_pid() {
  local p
  p=$(cat "$INST/$1/nspawn.pid" 2>/dev/null) || return 1
  alive "$p" && [ "$(cat "/proc/$p/comm" 2>/dev/null)" = systemd-nspawn ] && echo "$p"
}

leader_pid() {
  local p l
  p=$(nspawn_pid "$1") || return 1
  l=$(pgrep -P "$p" | head -n1) || return 1
  alive "$l" && echo "$l"
}

# With --keep-unit, nspawn puts its payload/ and supervisor/ cgroups under the cgroup it starts in;
# two containers started from the same cgroup break each other, so each gets its own.
cgroup_dirs() {
  if [ -f /sys/fs/cgroup/cgroup.controllers ]; then echo "/sys/fs/cgroup/sdbox-$1"; return; fi
  local h
  for h in systemd unified; do [ -d "/sys/fs/cgroup/$h" ] && echo "/sys/fs/cgroup/$h/sdbox-$1"; done
}

mounts_under() { awk -v d="$1" '$2 == d || index($2, d "/") == 1 {print $2}' /proc/mounts | sort -r; }

# Stops and removes an instance, whatever state a crash left it in. Loud when something stays.
stop_instance() {
  local n=$1 b=$INST/$1 p m d i left=0
  if p=$(nspawn_pid "$n"); then
    kill -TERM "$p"   # nspawn turns SIGTERM into an orderly poweroff of the container
    for ((i = 0; i < STOP_GRACE * 10; i++)); do alive "$p" || break; sleep 0.1; done
    if alive "$p"; then
      warn "$n did not power off in ${STOP_GRACE}s; killing it"
      kill -KILL "$p" 2>/dev/null || true
      for ((i = 0; i < 50; i++)); do alive "$p" || break; sleep 0.1; done
    fi
    alive "$p" && die "nspawn $p of $n does not exit"
  fi
  for d in $(cgroup_dirs "$n"); do
    [ -d "$d" ] || continue
    # Anything still in the container's cgroup was started by this box: end it.
    if [ -n "$(find "$d" -name cgroup.procs -exec cat {} + 2>/dev/null)" ]; then
      if [ -f "$d/cgroup.kill" ]; then echo 1 > "$d/cgroup.kill"; else find "$d" -name cgroup.procs -exec cat {} + | xargs -r kill -KILL 2>/dev/null || true; fi
      for ((i = 0; i < 50; i++)); do [ -z "$(find "$d" -name cgroup.procs -exec cat {} + 2>/dev/null)" ] && break; sleep 0.1; done
    fi
    find "$d" -depth -type d -exec rmdir {} + 2>/dev/null || true
    [ -d "$d" ] && { warn "cannot remove cgroup $d"; left=1; }
  done
  for m in $(mounts_under "$b"); do umount "$m" 2>/dev/null || { warn "umount $m failed; detaching it"; umount -l "$m"; }; done
  [ -n "$(mounts_under "$b")" ] && { warn "still mounted under $b"; left=1; }
  [ $left = 0 ] && rm -rf --one-file-system "$b"
  # nspawn's per-machine propagation dir on a /run that is not tmpfs (harmless, but ours)
  d=/run/systemd/nspawn/propagate/$n
  [ -d "$d" ] && ! mountpoint -q "$d" && rm -rf --one-file-system "$d"
  [ $left = 0 ] || die "$n was not fully cleaned up (see above)"
}

need_root() { [ "$(id -u)" = 0 ] || die "must run as root"; }

cmd=${1:-}; shift || true
case "$cmd" in
boot)
  need_root
  N=${1:?usage: sdbox.sh boot NAME [NETNS]}; NS=${2:-}; valid_name "$N"; B=$INST/$N
  command -v systemd-nspawn >/dev/null || die "systemd-nspawn is missing; run as root: bash scripts/provision.sh"
  [ -x "$ROOTFS/lib/systemd/systemd" ] || die "no rootfs at $ROOTFS; run as root: bash scripts/provision.sh"
  if [ "${SDBOX_NO_NODE:-}" = 1 ]; then
    binds=()
  else
    NODE=$(readlink -f "$(command -v node)") || die "node is not on PATH"
    binds=(--bind-ro="$CHECKOUT" --bind-ro="$NODE:/usr/local/bin/node")
  fi
  nspawn_pid "$N" >/dev/null && die "$N is already running; stop it first: $0 stop $N"
  [ -e "$B" ] && { warn "removing the leftovers of an earlier $N"; stop_instance "$N"; }
  rm -f "$INST/$N.boot-failure.log"
  if [ -n "$NS" ]; then
    [ -e "/run/netns/$NS" ] || die "network namespace $NS does not exist (/run/netns/$NS)"
    # dockerd sets up its bridge and iptables in the shared netns: needs CAP_NET_ADMIN there
    net=(--network-namespace-path="/run/netns/$NS" --capability=CAP_NET_ADMIN)
  else
    net=(--private-network)
  fi
  mkdir -p "$B/upper" "$B/work" "$B/merged" "$B/varlibdocker"
  mount -t overlay overlay -o "lowerdir=$ROOTFS,upperdir=$B/upper,workdir=$B/work" "$B/merged"
  cgroups=$(cgroup_dirs "$N")
  for d in $cgroups; do mkdir -p "$d"; done
  # The launcher moves itself into the box's cgroups, records its pid, then becomes nspawn.
  # Unified hierarchy + the two syscall filters let `docker run` work inside (feasibility §1);
  # /var/lib/docker on the host's ext4 so dockerd uses overlay2, not overlay-on-overlay.
  # shellcheck disable=SC2016,SC2086
  CGROUPS=$cgroups setsid sh -c 'b=$1; shift; for d in $CGROUPS; do echo $$ > "$d/cgroup.procs"; done; echo $$ > "$b/nspawn.pid"; exec "$@"' \
    sdbox-launch "$B" env SYSTEMD_NSPAWN_UNIFIED_HIERARCHY=1 \
    systemd-nspawn -D "$B/merged" --boot --register=no --keep-unit --machine="$N" --console=passive "${net[@]}" \
      --system-call-filter=@keyring --system-call-filter=bpf \
      --bind="$B/varlibdocker:/var/lib/docker" \
      "${binds[@]}" \
      ${SDBOX_NSPAWN_ARGS:-} -- systemd.show_status=1 \
    </dev/null >"$B/console.log" 2>&1 &
  launched=$!
  # nspawn relays the console to the file only as it exits, so the log is read after stopping it;
  # a copy stays beside the instances because stopping removes the instance dir.
  fail_boot() {
    local why=$1 journal='' p
    if L=$(leader_pid "$N"); then journal=$(nsenter -t "$L" -a journalctl -b --no-pager -n 60 2>&1 || true); fi
    if p=$(nspawn_pid "$N"); then
      kill -TERM "$p" 2>/dev/null || true
      for ((i = 0; i < 50; i++)); do alive "$p" || break; sleep 0.1; done
    fi
    { printf '%s\n' "--- console of $N ---"; sed -e 's/\x1b\[[0-9;]*m//g' -e 's/\r//g' "$B/console.log" 2>/dev/null
      [ -n "$journal" ] && printf '%s\n%s\n' "--- journal of $N (last 60 lines) ---" "$journal"; } > "$INST/$N.boot-failure.log"
    warn "boot of $N failed: $why"
    cat "$INST/$N.boot-failure.log" >&2
    warn "(kept in $INST/$N.boot-failure.log)"
    stop_instance "$N" || true
    exit 1
  }
  state=
  deadline=$((SECONDS + BOOT_TIMEOUT))
  while [ $SECONDS -lt $deadline ]; do
    if L=$(leader_pid "$N"); then
      state=$(nsenter -t "$L" -a systemctl is-system-running 2>/dev/null || true)
      case "$state" in
        running) exit 0 ;;
        degraded)
          warn "$N booted degraded; failed units: $(nsenter -t "$L" -a systemctl --failed --no-legend --plain 2>/dev/null | awk '{print $1}' | xargs)"
          exit 0 ;;
      esac
    elif ! alive "$launched" && ! nspawn_pid "$N" >/dev/null; then
      fail_boot "systemd-nspawn exited"
    fi
    sleep 0.05
  done
  fail_boot "not running after ${BOOT_TIMEOUT}s (last state: ${state:-none})" ;;
exec)
  N=${1:?usage: sdbox.sh exec NAME CMD...}; shift; [ $# -gt 0 ] || die "exec $N: no command"
  L=$(leader_pid "$N") || die "$N is not running"
  exec nsenter -t "$L" -a env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root TERM=dumb LANG=C.UTF-8 SYSTEMD_PAGER= SYSTEMD_COLORS=0 "$@" ;;
root)
  N=${1:?usage: sdbox.sh root NAME}
  mountpoint -q "$INST/$N/merged" || die "$N is not booted"
  echo "$INST/$N/merged" ;;
leader)
  N=${1:?usage: sdbox.sh leader NAME}
  leader_pid "$N" || die "$N is not running" ;;
stop)
  need_root
  N=${1:?usage: sdbox.sh stop NAME}; valid_name "$N"
  stop_instance "$N" ;;
list)
  if [ -d "$INST" ]; then find "$INST" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort; fi ;;
*)
  die "usage: sdbox.sh boot NAME [NETNS] | exec NAME CMD... | root NAME | leader NAME | stop NAME | list" ;;
esac
