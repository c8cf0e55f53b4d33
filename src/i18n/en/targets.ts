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
    'Usage:\n  bondsmith check DESIGN [--json]\n  bondsmith export DESIGN --target ID[,ID…] --out OUT   (OUT ending in .zip: a zip file, else a folder)\n  bondsmith targets',
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
};
