#!/usr/bin/env bash
# registry-lab.sh -- two of Debian's docker-registry (distribution 2.8) for issue 16's daemon suite
# (test/daemon/registries.test.ts), run INSIDE an nsbox (test/infra/nsbox.sh exec NAME bash THIS ...):
# the box's network namespace has only lo, so nothing here is reachable from outside or leaves it.
#
#   registry-lab.sh up DIR PLAIN_PORT TLS_ADDR TLS_PORT TLS_NAME
#       - DIR (a path inside the box, e.g. /var/lib/registry-lab): created; holds the CA, the server
#         certificate, both registries' configs, storage and logs
#       - a plain-HTTP registry on 127.0.0.1:PLAIN_PORT (the mirror)
#       - a TLS registry on TLS_ADDR:TLS_PORT with a certificate for DNS:TLS_NAME signed by a
#         self-signed test CA (DIR/ca.pem). TLS_ADDR is added to lo (dockerd treats every loopback
#         address, 127.0.0.0/8 and ::1, as an insecure registry, which would skip the certificate
#         check), and "TLS_ADDR TLS_NAME" is put in the box's /etc/hosts (a bind mount over it,
#         inside the box's private mount namespace only)
#       - both serve the same storage, into which library/hello:latest (one layer: /hello.txt) is
#         pushed with the registry API (curl), no docker involved, no internet
#       Prints nothing on success. The registries are children of the box's tini: they end with the box.
#   registry-lab.sh push URL REPO TAG
#       push the one-layer image to URL (http://host:port) as REPO:TAG
set -euo pipefail

die() { printf 'registry-lab: %s\n' "$*" >&2; exit 1; }
for c in docker-registry openssl curl sha256sum ip; do
  command -v $c >/dev/null || die "$c is missing; run as root: bash scripts/provision.sh"
done

# The image: a gzip'd tar with one file, its config and a schema-2 manifest, pushed blob by blob.
push() {
  local url=$1 repo=$2 tag=$3 work
  work=$(mktemp -d)
  mkdir -p "$work/root"
  echo "hello from registry-lab" > "$work/root/hello.txt"
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$work/root" -cf "$work/layer.tar" hello.txt
  gzip -n -c "$work/layer.tar" > "$work/layer.tar.gz"
  local diff_id layer_digest layer_size config_digest config_size
  diff_id=sha256:$(sha256sum < "$work/layer.tar" | cut -d' ' -f1)
  layer_digest=sha256:$(sha256sum < "$work/layer.tar.gz" | cut -d' ' -f1)
  layer_size=$(stat -c %s "$work/layer.tar.gz")
  printf '{"architecture":"amd64","os":"linux","config":{"Cmd":["/hello.txt"]},"rootfs":{"type":"layers","diff_ids":["%s"]}}' \
    "$diff_id" > "$work/config.json"
  config_digest=sha256:$(sha256sum < "$work/config.json" | cut -d' ' -f1)
  config_size=$(stat -c %s "$work/config.json")
  local f digest location
  for f in layer.tar.gz config.json; do
    digest=sha256:$(sha256sum < "$work/$f" | cut -d' ' -f1)
    location=$(curl -fsS -X POST -D - -o /dev/null "$url/v2/$repo/blobs/uploads/" | tr -d '\r' | awk 'tolower($1) == "location:" {print $2}')
    [ -n "$location" ] || die "push: no upload location from $url"
    case "$location" in http*) ;; *) location=$url$location ;; esac
    case "$location" in *\?*) location="$location&digest=$digest" ;; *) location="$location?digest=$digest" ;; esac
    curl -fsS -X PUT -H 'Content-Type: application/octet-stream' --data-binary "@$work/$f" "$location" >/dev/null
  done
  printf '{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":%s,"digest":"%s"},"layers":[{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","size":%s,"digest":"%s"}]}' \
    "$config_size" "$config_digest" "$layer_size" "$layer_digest" > "$work/manifest.json"
  curl -fsS -X PUT -H 'Content-Type: application/vnd.docker.distribution.manifest.v2+json' \
    --data-binary "@$work/manifest.json" "$url/v2/$repo/manifests/$tag" >/dev/null
  rm -rf "$work"
}

# Waits until host:port accepts a connection (bash's /dev/tcp), up to 10 s.
wait_listen() {
  local i
  for ((i = 0; i < 200; i++)); do
    (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null && return 0
    sleep 0.05
  done
  return 1
}

start_registry() {
  local dir=$1 name=$2 addr=$3 port=$4 tls=${5:-}
  mkdir -p "$dir/$name"
  {
    echo 'version: 0.1'
    echo 'log:'
    echo '  level: info'
    echo 'storage:'
    echo '  filesystem:'
    echo "    rootdirectory: $dir/storage"
    echo 'http:'
    echo "  addr: \"$addr:$port\""
    if [ -n "$tls" ]; then
      echo '  tls:'
      echo "    certificate: $dir/server.crt"
      echo "    key: $dir/server.key"
    fi
  } > "$dir/$name/config.yml"
  setsid docker-registry serve "$dir/$name/config.yml" </dev/null >"$dir/$name/registry.log" 2>&1 &
  echo $! > "$dir/$name/pid"
  local host=$addr
  wait_listen "$host" "$port" || { cat "$dir/$name/registry.log" >&2; die "$name registry did not listen on $addr:$port"; }
}

certs() {
  local dir=$1 name=$2
  (
    cd "$dir"
    openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 \
      -subj '/CN=dockerd-config registry-lab CA' 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj "/CN=$name" 2>/dev/null
    printf 'subjectAltName=DNS:%s\nextendedKeyUsage=serverAuth\n' "$name" > server.ext
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.crt -days 2 \
      -extfile server.ext 2>/dev/null
  ) || die "openssl failed"
}

cmd=${1:-}; shift || true
case "$cmd" in
up)
  [ $# = 5 ] || die "usage: registry-lab.sh up DIR PLAIN_PORT TLS_ADDR TLS_PORT TLS_NAME"
  DIR=$1 PLAIN=$2 ADDR=$3 TLSPORT=$4 NAME=$5
  # Only in a network namespace that has nothing but lo (an nsbox's), never the host's.
  [ "$(ip -o link show | awk -F': ' '{print $2}')" = lo ] ||
    die "run this inside an nsbox (test/infra/nsbox.sh exec NAME bash $0 up ...): this network has more than lo"
  mkdir -p "$DIR"
  certs "$DIR" "$NAME"
  ip addr add "$ADDR/32" dev lo 2>/dev/null || ip addr show dev lo | grep -qF "inet $ADDR/" || die "cannot add $ADDR to lo"
  { printf '%s %s\n' "$ADDR" "$NAME"; cat /etc/hosts; } > "$DIR/hosts"
  mount --bind "$DIR/hosts" /etc/hosts
  start_registry "$DIR" plain 127.0.0.1 "$PLAIN"
  start_registry "$DIR" tls "$ADDR" "$TLSPORT" tls
  push "http://127.0.0.1:$PLAIN" library/hello latest
  # The TLS one serves the same storage: check it with the CA, by name.
  curl -fsS --cacert "$DIR/ca.pem" -o /dev/null "https://$NAME:$TLSPORT/v2/library/hello/manifests/latest" \
    -H 'Accept: application/vnd.docker.distribution.manifest.v2+json' || die "the TLS registry does not serve library/hello"
  ;;
push)
  [ $# = 3 ] || die "usage: registry-lab.sh push URL REPO TAG"
  push "$1" "$2" "$3" ;;
*)
  die "usage: registry-lab.sh up DIR PLAIN_PORT TLS_ADDR TLS_PORT TLS_NAME | push URL REPO TAG" ;;
esac
