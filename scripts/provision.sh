#!/usr/bin/env bash
# Installs what the real-component tests need on a Debian 12 machine, as root.
# Idempotent: a second run only checks and returns in well under a second.
#   - Debian 12 docker.io (dockerd 20.10) and containerd, without starting them
#   - dockerd 26.x (trixie) and 28.x (sid) unpacked, not installed, under $DOCKERD_CACHE
#   - hyperfine for bench/, openssl for the TLS cases of the daemon tests
#   - for test/e2e/release/: lintian (the .deb must be clean), zsh (the completion script must load),
#     xz-utils and man-db (xz copies; the man page must render without warnings), binutils (objdump:
#     the libraries the executable links, for the .deb's Depends)
#   - for test/infra/: systemd-nspawn, mmdebstrap, Debian's docker-registry, tini, iproute2, iptables,
#     and ONE Debian rootfs with systemd + docker.io ($CACHE/sdbox-rootfs) that every sdbox boots from
#   - for test/daemon/ansible-fleet.test.ts: openssh-client, and socat (ssh's ProxyCommand into each
#     box's own network namespace, to its sshd on 127.0.0.1:22); openssh-server and python3 in the rootfs
# The Debian archive address is read from this machine's own apt sources, never stored here.
set -euo pipefail

CACHE=${DOCKERD_CACHE:-/var/cache/dockerd-config}
SUITES=(trixie sid)
HOST_PACKAGES=(docker.io containerd hyperfine ca-certificates curl openssl
               systemd-container mmdebstrap docker-registry tmux tini iproute2 iptables
               acl attr lintian zsh xz-utils man-db binutils ansible-core socat openssh-client)
# What the sdbox containers need: a real systemd as PID 1, the stock docker.io unit, and the tools
# the tests run inside (curl for /_ping, ip, ps), and sshd + python3 so Ansible reaches them over
# ssh (enabled by the package; keys only, no password, see ROOTFS_SSHD_CONF). Changing this list
# or the sshd settings rebuilds the rootfs.
ROOTFS=$CACHE/sdbox-rootfs
ROOTFS_PACKAGES=systemd,systemd-sysv,dbus,docker.io,ca-certificates,curl,iproute2,procps,openssh-server,python3
ROOTFS_SSHD_CONF='PasswordAuthentication no|KbdInteractiveAuthentication no|PermitRootLogin prohibit-password'
ROOTFS_SUITE=$( . /etc/os-release && echo "${VERSION_CODENAME:-}")
ROOTFS_STAMP_TEXT="suite=$ROOTFS_SUITE packages=$ROOTFS_PACKAGES hostname=sdbox sshd=$ROOTFS_SSHD_CONF"

log() { printf 'provision: %s\n' "$*" >&2; }
rootfs_current() { [ -x "$ROOTFS/lib/systemd/systemd" ] && [ "$(cat "$ROOTFS.stamp" 2>/dev/null)" = "$ROOTFS_STAMP_TEXT" ]; }

if [ "$(id -u)" != 0 ]; then
  # Without root we can only check: fail loudly with what is missing.
  missing=0
  command -v dockerd >/dev/null || { log "dockerd (docker.io) is missing; run as root: bash scripts/provision.sh"; missing=1; }
  for s in "${SUITES[@]}"; do [ -x "$CACHE/$s/usr/sbin/dockerd" ] || { log "dockerd from $s is missing under $CACHE"; missing=1; }; done
  for c in systemd-nspawn mmdebstrap docker-registry tini nsenter unshare ip socat; do
    command -v $c >/dev/null || { log "$c is missing; run as root: bash scripts/provision.sh"; missing=1; }
  done
  rootfs_current || { log "the sdbox rootfs $ROOTFS is missing or stale; run as root: bash scripts/provision.sh"; missing=1; }
  for s in trixie sid; do  # issue 16: the containerd beside each dockerd (see the end of this file)
    [ -x "$CACHE/containerd-$s/usr/bin/containerd" ] || { log "containerd from $s is missing under $CACHE"; missing=1; }
  done
  exit $missing
fi

apt_updated=0
apt_install() {
  local need=()
  for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p"); done
  [ ${#need[@]} -eq 0 ] && return 0
  if [ $apt_updated = 0 ]; then apt-get update -qq; apt_updated=1; fi
  log "installing ${need[*]}"
  # Do not start services while installing: this machine's PID 1 is not an init system,
  # and the tests start their own daemons.
  local policy=/usr/sbin/policy-rc.d created=0
  if [ ! -e $policy ]; then printf '#!/bin/sh\nexit 101\n' > $policy; chmod 755 $policy; created=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  [ $created = 1 ] && rm -f $policy
  return 0
}

# openssl: the TLS cases in test/cases/ make their certificates with it
apt_install "${HOST_PACKAGES[@]}"

# Work dirs of this run, removed however it ends.
temp_dirs=()
cleanup() { for d in "${temp_dirs[@]}"; do remove_tree "$d"; done; }
trap cleanup EXIT

# rm -rf that first unmounts anything mounted below (an interrupted mmdebstrap leaves /proc, /sys
# or /dev mounted in its target) and never crosses into another file system.
remove_tree() {
  local d=$1 m
  [ -e "$d" ] || return 0
  for m in $(awk -v d="$d" '$2 == d || index($2, d "/") == 1 {print $2}' /proc/mounts | sort -r); do
    umount "$m" 2>/dev/null || umount -l "$m"
  done
  rm -rf --one-file-system "$d"
}

# Newer dockerd builds from Debian's own newer suites, unpacked beside the installed one.
archive_uri() {
  local f u
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    u=$(awk '/^URIs:/ {print $2; exit}' "$f")
    case "$u" in */debian|*/debian/) echo "${u%/}"; return 0 ;; esac
  done
  u=$(grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | awk '$2 ~ /\/debian\/?$/ {print $2; exit}')
  [ -n "$u" ] && { echo "${u%/}"; return 0; }
  return 1
}

# unpack_from_suites PACKAGE DEST-PREFIX BINARY SUITE...: PACKAGE of each SUITE whose
# $CACHE/<DEST-PREFIX><suite>/BINARY is missing, downloaded from Debian's archive and unpacked there
# (dpkg-deb -x: nothing is installed), the way a newer build sits beside the installed one.
unpack_from_suites() {
  local pkg=$1 prefix=$2 binary=$3 s uri work deb
  shift 3
  local need=()
  for s in "$@"; do [ -x "$CACHE/$prefix$s/$binary" ] || need+=("$s"); done
  [ ${#need[@]} -gt 0 ] || return 0
  uri=$(archive_uri) || { log "no Debian archive address found in the apt sources"; exit 1; }
  work=$(mktemp -d)
  temp_dirs+=("$work")
  mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$CACHE"
  for s in "${need[@]}"; do
    echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uri $s main"
  done > "$work/sources.list"
  local opts=(-o Dir::Etc::SourceList="$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
              -o Dir::State::Lists="$work/lists" -o Dir::Cache="$work/cache" -o APT::Get::List-Cleanup=0)
  log "fetching $pkg from ${need[*]}"
  apt-get "${opts[@]}" update -qq
  for s in "${need[@]}"; do
    rm -f "$work/${pkg}"_*.deb
    (cd "$work" && apt-get "${opts[@]}" download -qq "$pkg/$s")
    deb=$(ls -t "$work/${pkg}"_*.deb | head -n1)
    rm -rf "$CACHE/$prefix$s.tmp" && mkdir -p "$CACHE/$prefix$s.tmp"
    dpkg-deb -x "$deb" "$CACHE/$prefix$s.tmp"
    rm -f "$deb"
    rm -rf "$CACHE/$prefix$s" && mv "$CACHE/$prefix$s.tmp" "$CACHE/$prefix$s"
    log "$s: $("$CACHE/$prefix$s/$binary" --version)"
  done
}

unpack_from_suites docker.io '' usr/sbin/dockerd "${SUITES[@]}"

# The apt sources file that names the Debian archive: mmdebstrap reads the mirror (and the
# updates/security suites) from it, so no host name is written here.
debian_sources_file() {
  local f
  for f in /etc/apt/sources.list.d/*.sources /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] && grep -qE '^[^#]*(URIs:|deb)[[:space:]].*/debian/?([[:space:]]|$)' "$f" && { echo "$f"; return 0; }
  done
  return 1
}

# The rootfs every sdbox container boots from (read-only lower layer of its overlay). Built into
# a temp dir beside it and renamed only when complete, so an interrupted build is never used.
if ! rootfs_current; then
  [ -n "$ROOTFS_SUITE" ] || { log "cannot read VERSION_CODENAME from /etc/os-release"; exit 1; }
  sources=$(debian_sources_file) || { log "no Debian archive found in the apt sources"; exit 1; }
  if awk '{print $4}' /proc/mounts | grep -qF "lowerdir=$ROOTFS,"; then
    log "$ROOTFS is stale but an sdbox container is using it; stop it (test/infra/sdbox.sh stop NAME) and run again"
    exit 1
  fi
  mkdir -p "$CACHE"
  for d in "$ROOTFS".new.* "$ROOTFS".old.*; do remove_tree "$d"; done   # from an interrupted run
  new=$ROOTFS.new.$$
  temp_dirs+=("$new")
  log "building $ROOTFS ($ROOTFS_SUITE: $ROOTFS_PACKAGES) from $sources"
  start=$(date +%s)
  mmdebstrap --quiet --variant=minbase --include="$ROOTFS_PACKAGES" \
    --customize-hook='echo sdbox > "$1/etc/hostname"' \
    --customize-hook="printf '%s\\n' '$ROOTFS_SSHD_CONF' | tr '|' '\\n' > \"\$1/etc/ssh/sshd_config.d/sdbox.conf\"" \
    "$ROOTFS_SUITE" "$new" "$sources"
  [ -x "$new/lib/systemd/systemd" ] && [ -x "$new/usr/sbin/dockerd" ] || { log "mmdebstrap finished but $new lacks systemd or dockerd"; exit 1; }
  [ -L "$new/etc/systemd/system/multi-user.target.wants/ssh.service" ] && [ -s "$new/etc/ssh/ssh_host_ed25519_key.pub" ] &&
    [ -x "$new/usr/bin/python3" ] || { log "mmdebstrap finished but $new lacks an enabled sshd with host keys, or python3"; exit 1; }
  if [ -e "$ROOTFS" ]; then mv "$ROOTFS" "$ROOTFS.old.$$"; temp_dirs+=("$ROOTFS.old.$$"); fi
  mv "$new" "$ROOTFS"
  printf '%s\n' "$ROOTFS_STAMP_TEXT" > "$ROOTFS.stamp"
  log "rootfs ready in $(( $(date +%s) - start )) s, $(du -sm "$ROOTFS" | cut -f1) MB"
fi

# containerd from trixie and sid (test/daemon/registries.test.ts).
# The containerd image store needs a containerd daemon; dockerd 26 (trixie) and 28 (sid) start one
# from PATH. Each suite's containerd is unpacked (not installed) beside its dockerd, the same way:
# $CACHE/containerd-<suite>/usr/bin/{containerd,containerd-shim-runc-v2,ctr}.
unpack_from_suites containerd containerd- usr/bin/containerd trixie sid
exit 0
