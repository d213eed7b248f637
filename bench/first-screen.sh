#!/usr/bin/env bash
# One measurement for bench/wizard.sh: start COMMAND… in a private tmux server, return as soon as
# the pane shows TEXT (polled every 5 ms), then end that tmux server.
#   bash bench/first-screen.sh TEXT COMMAND…
set -euo pipefail
text=$1; shift
socket="dcbench-$$"
tmux -L "$socket" -f /dev/null new-session -d -x 110 -y 40 -e LANG="${LANG:-C.UTF-8}" -e NO_COLOR=1 "$(printf '%q ' "$@"); sleep 60"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true' EXIT
for _ in $(seq 2000); do
  tmux -L "$socket" capture-pane -p | grep -qF -- "$text" && exit 0
  sleep 0.005
done
echo "first-screen: \"$text\" did not appear within 10 s" >&2
exit 1
