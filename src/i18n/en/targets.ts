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
    /** Import notes the command line words differently from the app's `import.notes`. */
    notes: {
      'format-unknown':
        'Neither the name nor the text of this file tells its format; give it with --from.',
      'no-files': 'No files were given.',
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
