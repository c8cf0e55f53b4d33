/**
 * English names and descriptions of the export targets, the messages of the export layer's
 * finding codes (`exportFindings`, merged into the `findings` namespace) and the command line's
 * own strings (`cli`).
 */

/** Title and one-line description per target id (`targets.<id>.{title,description}`). */
export const targets = {
  rhel5: {
    title: 'RHEL / CentOS 5',
    description:
      'ifcfg files, /etc/modprobe.conf options and rc.local ifenslave for Red Hat Enterprise Linux 5 and CentOS 5',
  },
  rhel: {
    title: 'RHEL / CentOS 6–8',
    description:
      'ifcfg files with TYPE=Bond and BONDING_OPTS (mode first) for Red Hat Enterprise Linux and CentOS 6, 7 and 8, read by initscripts or NetworkManager',
  },
  'nm-keyfile': {
    title: 'NetworkManager keyfiles',
    description:
      '.nmconnection profiles for each bond and each of its ports, for NetworkManager 1.40 or later (RHEL 9, Fedora, Debian 12, Ubuntu)',
  },
  nmcli: {
    title: 'NetworkManager nmcli script',
    description:
      'A bash script of nmcli commands that creates the same bond and port profiles and is safe to run again',
  },
  netplan: {
    title: 'netplan (Ubuntu)',
    description: 'A netplan YAML file with the ports under ethernets and the bonds under bonds',
  },
  networkd: {
    title: 'systemd-networkd',
    description: '.netdev and .network files for systemd-networkd, time values with explicit units',
  },
  ifupdown: {
    title: 'Debian / Ubuntu (ifupdown)',
    description:
      '/etc/network/interfaces with ifenslave bond-* options for Debian and Ubuntu ifupdown',
  },
  nmstate: {
    title: 'nmstate (declarative YAML)',
    description:
      'One nmstatectl state file with the bonds, their ports, IPv4 and default routes, and a state that removes them again',
  },
  iproute2: {
    title: 'iproute2 runtime script',
    description:
      'A one-shot script that builds the bonds now with ip link, with a matching undo script; nothing survives a reboot',
  },
  ansible: {
    title: 'Ansible (linux-system-roles network)',
    description:
      'A playbook that creates the bonds and their ports through the network role, a roll-back play and an example inventory',
  },
};

/** Messages of src/export/findings.ts EXPORT_FINDING_CODES (`findings.<code>`). */
export const exportFindings = {
  'target-unknown': 'There is no export target called "{{target}}".',
  'target-option-unsupported':
    'Target {{target}} cannot express option {{option}}: the files it writes (or the bonding driver of the system they are for) have no setting for it. Remove the option or leave {{target}} out of the export.',
  'target-option-value-unsupported':
    'Option {{option}} = {{value}} cannot be expressed for target {{target}}; its bonding driver only knows {{values}}.',
  'target-option-needs':
    'Target {{target}} cannot write {{option}} without {{needs}}: its tools reject such a file (the kernel would only ignore it). Set {{needs}} or remove {{option}}.',
  'target-bond-name-unsupported':
    'Bond {{bond}} cannot be created by target {{target}}: its bonding driver names bonds bond0, bond1, … in load order, so the bonds must be named bond0 to {{last}}.',
};

/** Strings of the `bondsmith` command line (`cli.*`). */
export const cli = {
  usage:
    'Usage:\n  bondsmith check DESIGN [--json]\n  bondsmith export DESIGN --target ID[,ID…] --out OUT   (OUT ending in .zip: a zip file, else a folder)\n  bondsmith targets\n  bondsmith simulate DESIGN --bond NAME --packets FILE [--down IF[,IF…]] [--kernel current|rhel5] [--json]\n  bondsmith import FILE… [--from FORMAT] --out DESIGN\n  bondsmith convert FILE… [--from FORMAT] --target ID[,ID…] --out OUT',
  unknownCommand: 'Unknown command "{{command}}".',
  badArguments: '{{detail}}',
  missingDesign: 'Give the design file to read.',
  missingTarget: 'Give the targets with --target ID[,ID…] (see "bondsmith targets").',
  missingOut: 'Give the output with --out OUT (a folder, or a file ending in .zip).',
  unknownTarget: 'Unknown target "{{target}}" (see "bondsmith targets").',
  unreadable: 'Cannot read {{file}}: {{detail}}',
  tooLarge: 'Cannot read {{file}}: it is larger than {{limit}} bytes, which no design is.',
  notJson: '{{file}} is not JSON: {{detail}}',
  notADesign: '{{file}} is not a Bondsmith design: {{detail}}',
  unsupportedVersion: '{{file}} is a design of an unsupported version: {{detail}}',
  cannotWrite: 'Cannot write {{out}}: {{detail}}',
  summary: '{{errors}} error(s), {{warnings}} warning(s)',
  noFindings: 'No errors or warnings.',
  refused: 'Nothing was written: the design has errors.',
  written: 'Wrote {{count}} file(s) to {{out}}.',
  import: {
    missingFiles: 'Give the configuration files to import.',
    missingOut: 'Give the design file to write with --out DESIGN (or -o DESIGN).',
    unknownFormat: 'Unknown format "{{format}}": use one of {{formats}}.',
    tooLarge:
      'Cannot read {{file}}: it is larger than {{limit}} bytes, more than one import reads.',
    failed: 'Nothing was imported.',
    refused: 'Nothing was written: the import has errors.',
    written: 'Wrote {{out}} ({{bonds}} bond(s), {{nics}} NIC(s)).',
    /** Messages of import notes (`ImportNote.code`, src/import). */
    notes: {
      'archive-entry-device': '{{entry}} is a device or other special file; the entry is refused.',
      'archive-entry-link': '{{entry}} is a link, not a file; the entry is refused.',
      'archive-entry-not-config': '{{entry}} is no text configuration file; it is skipped.',
      'archive-entry-too-large':
        '{{entry}} expands to more than {{max}} bytes (reading stopped at {{size}}); the archive is refused as a whole.',
      'archive-entry-unknown': '{{entry}} is in no format the importer reads; it is skipped.',
      'archive-invalid':
        'The {{kind}} archive is damaged or incomplete; nothing was imported from it.',
      'archive-nothing-to-import': 'The archive holds no configuration file the importer reads.',
      'archive-too-large':
        'The archive expands to more than {{max}} bytes (reading stopped at {{size}}); it is refused as a whole.',
      'archive-too-many-entries':
        'The archive holds more than {{max}} entries ({{count}} seen); it is refused as a whole.',
      'archive-path-absolute': '{{entry}} has an absolute path; the entry is refused.',
      'archive-path-backslash': '{{entry}} contains a backslash in its path; the entry is refused.',
      'archive-path-nul': '{{entry}} contains a NUL byte in its path; the entry is refused.',
      'archive-path-parent': '{{entry}} climbs out of the archive with ".."; the entry is refused.',
      'upload-too-large':
        'The files add up to {{size}} bytes; at most {{max}} are read at once, so nothing was imported.',
      'upload-too-many-files':
        '{{count}} files were given; at most {{max}} are read at once, so nothing was imported.',
      'bundle-folder-chosen':
        'This is a Bondsmith bundle with {{count}} target folder(s) describing the same design; only {{folder}}/ is imported (its README.txt is not).',
      'yaml-too-deep':
        'The file nests [ ] and { } {{depth}} levels deep (at most {{max}} are read): no configuration does that.',
      'line-not-understood': 'This line was not understood and is not imported: {{text}}',
      'file-too-large':
        'The file is larger than {{max}} characters, which no configuration file is.',
      'file-not-text': 'The file holds NUL bytes: it is no text configuration file.',
      'format-unknown':
        'Neither the name nor the text of this file tells its format; give it with --from.',
      'no-files': 'No files were given.',
      'nothing-imported': 'No bond or NIC was found in the files.',
      'bond-duplicate': 'Bond {{bond}} was already read from another file; this one is ignored.',
      'bond-mode-default':
        'Bond {{bond}} names no mode, so the kernel default balance-rr (mode 0) is used.',
      'bond-name-assumed': 'The file name is no interface name; the bond is called {{name}}.',
      'bond-name-invalid': '"{{value}}" is no valid interface name for a bond.',
      'mode-unknown': '"{{value}}" is no bonding mode (0–6 or a kernel mode name).',
      'option-unknown': 'The bonding driver has no option {{option}}; it is not imported.',
      'option-value-invalid': '{{option}} = {{value}} is not a value the bonding driver accepts.',
      'option-malformed': '"{{text}}" is no key=value option.',
      'ipv4-invalid': '"{{value}}" is no IPv4 address.',
      'ipv4-address-invalid': '"{{value}}" is no IPv4 address with a prefix.',
      'ipv4-prefix-missing':
        'The address has no usable PREFIX or NETMASK ("{{value}}"), so no IPv4 address is imported.',
      'ipv4-method-unsupported': 'IPv4 method {{value}} has no equivalent in a design.',
      'mtu-invalid': '"{{value}}" is no MTU.',
      'mac-invalid': '"{{value}}" is no MAC address.',
      'interface-not-imported':
        'Interface {{name}} is no bond and no Ethernet NIC (loopback, VLAN, bridge, alias…); it is not imported.',
      'ifcfg-lowercase-key':
        'initscripts only read upper-case keys, so "{{key}}" is ignored by them; write {{expected}}.',
      'ifcfg-key-not-imported': '{{key}} has no place in a design; it is not imported.',
      'ifcfg-master-without-slave':
        '{{device}} names MASTER={{bond}} but lacks SLAVE=yes, so initscripts do not enslave it.',
      'modprobe-alias-ignored':
        'alias {{name}} {{module}} concerns no NIC of the imported bonds; it is ignored.',
      'modprobe-instance-missing':
        'Without "-o {{bond}}" this line loads the bonding module a second time, which modprobe skips: {{bond}} does not get these options. Write "options {{bond}} -o {{bond}} …".',
      'modprobe-line-ignored': 'Options of module {{module}} concern no bond; they are ignored.',
      'ifupdown-family-not-imported':
        'The {{family}} stanza of {{name}} is not imported: a design holds IPv4 only.',
      'ifupdown-option-not-imported': '{{option}} has no place in a design; it is not imported.',
      'proc-mode-missing': 'The text has no "Bonding Mode:" line.',
      'address-not-imported': 'Address {{value}} has no place in a design; it is not imported.',
      'gateway-not-imported': 'Gateway {{value}} has no place in a design; it is not imported.',
      'route-not-imported': 'Routes other than the default gateway are not imported.',
      'master-unknown': 'The controller {{master}} is no bond of the imported files.',
      'slave-not-defined': '{{nic}} is named as a slave but no file describes it.',
      'netdev-not-imported': 'A .netdev of kind {{kind}} is no bond; it is not imported.',
      'network-not-imported': 'This .network file concerns no bond or slave; it is not imported.',
      'network-match-unsupported':
        'Only [Match] Name= of one interface is understood; this file is not imported.',
      'profile-not-imported': 'A profile of type {{type}} is no bond or port; it is not imported.',
      'yaml-invalid': 'The file is no valid YAML.',
      'yaml-not-a-mapping': 'A mapping was expected here.',
      'yaml-too-many-aliases': 'The file uses more YAML aliases than any real configuration does.',
      'match-ignored': 'The match rules of {{nic}} are ignored; the NIC keeps its own name.',
      'slave-mtu-ignored':
        "A slave MTU ({{value}}) is not imported: the bond sets its slaves' MTU.",
      'bond-without-name': 'The bond profile names no interface; it is not imported.',
      'runtime-active-slave':
        'The currently active slave {{value}} is runtime state, not configuration; it is not imported.',
      'dhcp-and-static': 'Bond {{bond}} asks for DHCP and static addresses; only one is imported.',
    },
  },
  simulate: {
    missingBond: 'Give the bond to simulate with --bond NAME.',
    missingPackets: 'Give the packet file with --packets FILE (a JSON array of packets).',
    badKernel: 'Unknown kernel "{{kernel}}": use current or rhel5.',
    badPackets: '{{file}} is not a valid packet list: {{where}}{{detail}}',
    designErrors: 'Nothing was simulated: the design has errors.',
    unknownBond: 'The design has no bond "{{bond}}".',
    unknownDown: '--down {{name}} is not a slave of {{bond}}.',
    header: '#  slave(s)  reason',
    skipped: ' (skipped {{names}})',
    lost: ' — lost: the carrier is down and the monitor has not noticed yet',
    reason: {
      'hash-usable': '{{policy}} hash {{hash}} % {{count}} usable slave(s) = index {{index}}',
      'hash-all':
        '{{policy}} hash {{hash}} % {{count}} slave(s) = index {{index}}, then the first usable from there',
      'round-robin':
        'round-robin: counter {{counter}}, id {{id}} % {{count}} slave(s) = index {{start}}',
      'igmp-active': 'IGMP always leaves by the active slave',
      'igmp-first-usable': 'IGMP leaves by the first usable slave (no active slave)',
      active: 'the active slave {{active}}: {{cause}}',
      broadcast: 'broadcast: a copy on every slave that is up',
      'tlb-fresh':
        'hash {{hash}}, bucket {{bucket}} newly given to {{assigned}} (largest free capacity)',
      'tlb-held': 'hash {{hash}}, bucket {{bucket}} already held by {{assigned}}',
      rlb: 'ARP handled by receive load balancing: this peer is served by {{assigned}}',
    },
    cause: {
      'active-backup': 'active-backup sends everything there',
      'not-ip': 'not IPv4/IPv6, so not balanced',
      'not-unicast': 'a multicast or broadcast destination is not balanced',
      igmp: 'IGMP is not balanced',
      'ipv6-excluded': 'IPv6 all-nodes and duplicate address detection are not balanced',
      arp: 'ARP is not balanced',
      unassigned: 'no slave could take the flow',
    },
    drop: {
      'no-slaves': 'dropped: the bond has no slaves',
      'no-usable-slave': 'dropped: no slave can transmit',
      'no-active-slave': 'dropped: there is no active slave',
    },
  },
};
