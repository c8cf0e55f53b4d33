#!/bin/bash
# Runs the real systemd-networkd for a moment in private mount and network namespaces over DIR's
# .netdev/.network files and prints every parse complaint (file:line). Exit 0 = none, 1 = some.
# Recipe from shared/reference/validators.md section 7; the host's network is untouched.
set -u
DIR=$(readlink -f "$1"); [ -d "$DIR" ] || { echo "no such dir: $1" >&2; exit 2; }
LOG=$(mktemp)
unshare -m -n --propagation private /bin/bash -c '
  set -e
  for d in /etc/systemd/network /run/systemd/network /usr/lib/systemd/network /run/systemd/netif; do
    mkdir -p "$d"; mount -t tmpfs -o mode=0755 tmpfs "$d"
  done
  cp -a "$0"/. /etc/systemd/network/
  chown -R systemd-network:systemd-network /run/systemd/netif
  ip link set lo up
  SYSTEMD_LOG_TARGET=console SYSTEMD_LOG_LEVEL=info SYSTEMD_LOG_LOCATION=0 \
    timeout -s TERM "${NETWORKD_SECS:-1}" /lib/systemd/systemd-networkd || true
' "$DIR" >"$LOG" 2>&1
grep -F /etc/systemd/network/ "$LOG" | sed "s#/etc/systemd/network/#$1/#" > "$LOG.hits"
if [ -s "$LOG.hits" ]; then cat "$LOG.hits"; rc=1; else rc=0; fi
rm -f "$LOG" "$LOG.hits"; exit $rc
