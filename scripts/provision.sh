#!/usr/bin/env bash
# Installs what the real-component tests need on a Debian 12 machine, as root.
# Idempotent: a second run only checks and returns in well under a second.
#   - Debian 12 docker.io (dockerd 20.10) and containerd, without starting them
#   - dockerd 26.x (trixie) and 28.x (sid) unpacked, not installed, under $DOCKERD_CACHE
#   - hyperfine for bench/, openssl for the TLS cases of the daemon tests
# The Debian archive address is read from this machine's own apt sources, never stored here.
set -euo pipefail

CACHE=${DOCKERD_CACHE:-/var/cache/dockerd-config}
SUITES=(trixie sid)

log() { printf 'provision: %s\n' "$*" >&2; }

if [ "$(id -u)" != 0 ]; then
  # Without root we can only check: fail loudly with what is missing.
  missing=0
  command -v dockerd >/dev/null || { log "dockerd (docker.io) is missing; run as root: bash scripts/provision.sh"; missing=1; }
  for s in "${SUITES[@]}"; do [ -x "$CACHE/$s/usr/sbin/dockerd" ] || { log "dockerd from $s is missing under $CACHE"; missing=1; }; done
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
apt_install docker.io containerd hyperfine ca-certificates curl openssl

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

need_suites=()
for s in "${SUITES[@]}"; do [ -x "$CACHE/$s/usr/sbin/dockerd" ] || need_suites+=("$s"); done
if [ ${#need_suites[@]} -gt 0 ]; then
  uri=$(archive_uri) || { log "no Debian archive address found in the apt sources"; exit 1; }
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$CACHE"
  for s in "${need_suites[@]}"; do
    echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uri $s main"
  done > "$work/sources.list"
  opts=(-o Dir::Etc::SourceList="$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
        -o Dir::State::Lists="$work/lists" -o Dir::Cache="$work/cache" -o APT::Get::List-Cleanup=0)
  log "fetching docker.io from ${need_suites[*]}"
  apt-get "${opts[@]}" update -qq
  for s in "${need_suites[@]}"; do
    (cd "$work" && apt-get "${opts[@]}" download -qq "docker.io/$s")
    deb=$(ls -t "$work"/docker.io_*.deb | head -n1)
    rm -rf "$CACHE/$s.tmp" && mkdir -p "$CACHE/$s.tmp"
    dpkg-deb -x "$deb" "$CACHE/$s.tmp"
    rm -f "$deb"
    rm -rf "$CACHE/$s" && mv "$CACHE/$s.tmp" "$CACHE/$s"
    log "$s: $("$CACHE/$s/usr/sbin/dockerd" --version)"
  done
fi
exit 0
