#!/usr/bin/python3
"""Offline validator for NetworkManager .nmconnection keyfiles using the real libnm.
GLib keyfile parse -> NM.keyfile_read (collect reader warnings) -> NM.Connection.normalize()
(= verify() + the fix-ups the daemon applies on load) -> flag keys libnm silently ignores.
Recipe from shared/reference/validators.md section 3b. Run with /usr/bin/python3 (needs gi)."""
import os, re, sys
import gi
gi.require_version("NM", "1.0")
from gi.repository import GLib, GObject, NM

ALIASES = {"ethernet": "802-3-ethernet", "wifi": "802-11-wireless",
           "wifi-security": "802-11-wireless-security"}
SPECIAL = re.compile(r"^(address\d+|route\d+(_options)?|routing-rule\d+|gateway|address-data|route-data)$")
FREEFORM = {"bond", "user", "ethtool", "vpn", "vpn-secrets", "ovs-external-ids",
            "ovs-other-config", "tc", "sriov", "wireguard"}


def unknown_keys(kf):
    out = []
    for grp in kf.get_groups()[0]:
        name = ALIASES.get(grp, grp)
        if name in FREEFORM or grp.startswith(("wireguard-peer.", "ovs-")):
            continue
        gtype = NM.Setting.lookup_type(name)
        if gtype == GObject.TYPE_INVALID:
            continue  # libnm already warns about unknown sections
        props = {p.name for p in GObject.new(gtype).list_properties()}
        for key in kf.get_keys(grp)[0]:
            if key not in props and not SPECIAL.match(key):
                out.append(f"unknown key [{grp}] {key} (libnm {NM.MAJOR_VERSION}.{NM.MINOR_VERSION} ignores it)")
    return out


def check(path):
    problems = []
    kf = GLib.KeyFile()
    try:
        kf.load_from_file(path, GLib.KeyFileFlags.NONE)
    except GLib.Error as e:
        return [f"parse error: {e.message}"]

    def handler(keyfile, connection, htype, hdata, user_data):
        if htype == NM.KeyfileHandlerType.WARN:
            msg, _sev = hdata.warn_get()
            grp, key, _s, _p = hdata.get_context()
            problems.append(f"warning [{grp}] {key}: {msg}")
        return False

    try:  # base_dir must be absolute or keyfile_read asserts and returns None
        conn = NM.keyfile_read(kf, os.path.dirname(os.path.abspath(path)),
                               NM.KeyfileHandlerFlags.NONE, handler, None)
    except GLib.Error as e:
        return problems + [f"read error: {e.message}"]
    try:
        conn.normalize()
    except GLib.Error as e:
        problems.append(f"verify error: {e.message}")
    return problems + unknown_keys(kf)


rc = 0
for p in sys.argv[1:]:
    probs = check(p)
    rc |= bool(probs)
    print("\n".join(f"{p}: {m}" for m in probs) if probs else f"{p}: OK")
sys.exit(rc)
