#!/bin/bash
# ifupdown2's own `ifup --syntax-check`, run from its unpacked .deb (it conflicts with ifupdown,
# so it is never installed) in a private mount namespace. Usage: ROOT FILE [IFACE...|-a].
# Recipe from shared/reference/validators.md section 4b.
set -u
R=$(readlink -f "$1"); F=$(readlink -f "$2"); shift 2
unshare -m --propagation private /bin/bash -c '
  R=$1; F=$2; shift 2
  mount --bind "$R/etc/network" /etc/network
  mkdir -p /run/network && mount -t tmpfs -o mode=0755 tmpfs /run/network
  B=$(mktemp -d); ln -s "$R/usr/share/ifupdown2/__main__.py" "$B/ifup"
  /usr/bin/python3 "$B/ifup" --syntax-check -i "$F" "$@"; rc=$?; rm -rf "$B"; exit $rc
' _ "$R" "$F" "$@"
