/**
 * Strings of the import dialog (namespace `import`): the input, the preview and a message for
 * every note code the importers and the archive reader emit. Loaded with the dialog's chunk.
 */
export const importText = {
  dialog: {
    title: 'Import configuration',
    close: 'Close',
    loading: 'Loading the importer…',
    intro:
      'Read existing configuration files onto the canvas: ifcfg files, modprobe.conf, NetworkManager keyfiles, netplan, systemd-networkd, /etc/network/interfaces, nmstate, or the text of /proc/net/bonding/bondN or "ip -d link show". Nothing is run, and the design changes only when you confirm.',
    pasteLabel: 'Paste a file or command output',
    pastePlaceholder: 'e.g. the output of cat /proc/net/bonding/bond0',
    readPasted: 'Read pasted text',
    pastedName: 'pasted text',
    chooseFiles: 'Choose files…',
    chooseFilesLabel: 'Configuration files or archives to import',
    chooseFolder: 'Choose folder…',
    chooseFolderLabel: 'Folder to import',
    dropZone: 'Or drop files, a folder, or a .zip / .tar / .tar.gz archive here.',
    dropZoneActive: 'Drop to import',
    formatLabel: 'Format',
    formatAuto: 'Detect automatically',
    reading: 'Reading…',
    cancel: 'Cancel',
    cancelled: 'Reading was cancelled; the design is unchanged.',
    failed: 'The files could not be read: {{detail}}',
    refused:
      'Nothing can be imported from this input; the design is unchanged. The notes below say why.',
    tooMany: 'The folder holds more than {{max}} files; nothing was read.',
    tooLarge: 'The files add up to more than {{max}} bytes; nothing was read.',
    unreadable: '{{file}} could not be read.',
    startOver: 'Import something else',
    open: 'Open on canvas',
    merge: 'Merge into current design',
    confirmTitle: 'Replace the current design?',
    confirmBody:
      'Opening the import replaces the design on the canvas. Save it first if you want to keep it.',
    confirm: 'Replace design',
    opened: 'Imported {{bonds}} bond(s) and {{nics}} NIC(s) onto the canvas.',
    merged: 'Merged {{bonds}} bond(s) and {{nics}} NIC(s) into the design.',
    mergedRenamed:
      'Merged {{bonds}} bond(s) and {{nics}} NIC(s) into the design; renamed {{renames}}.',
    renamed: '{{from}} → {{to}}',
  },
  preview: {
    heading: 'What was found',
    format: 'Format',
    host: 'Host',
    noHost: 'not named',
    bonds: 'Bonds',
    noBonds: 'No bonds.',
    bond: '{{name}}: {{mode}}',
    miimon: 'miimon {{value}} ms',
    arp: 'ARP monitor every {{value}} ms',
    slaves: 'slaves {{slaves}}',
    noSlaves: 'no slaves',
    addressStatic: 'IPv4 {{address}}/{{prefix}}',
    addressGateway: 'IPv4 {{address}}/{{prefix}} via {{gateway}}',
    addressDhcp: 'IPv4 by DHCP',
    addressNone: 'no IPv4 address',
    nics: 'NICs',
    noNics: 'No NICs.',
    nic: '{{name}}',
    nicModel: '{{name}} ({{model}})',
    notes: 'Notes about the files',
    noNotes: 'Every line was understood.',
    findings: 'Checks of the imported design',
    noFindings: 'The imported design has no errors or warnings.',
    where: '{{file}}:{{line}}',
    input: '(input)',
  },
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  formats: {
    rhel5: 'RHEL 5 (ifcfg, modprobe.conf, rc.local)',
    rhel: 'RHEL 6–9 ifcfg (BONDING_OPTS)',
    'nm-keyfile': 'NetworkManager keyfile',
    nmcli: 'nmcli script',
    netplan: 'netplan YAML',
    networkd: 'systemd-networkd',
    ifupdown: 'Debian /etc/network/interfaces',
    nmstate: 'nmstate YAML',
    iproute2: 'iproute2 script',
    ansible: 'Ansible network role',
    proc: '/proc/net/bonding/bondN',
    'ip-link': 'ip -d link show',
  },
  /** Messages of import notes (`ImportNote.code`, src/import). */
  notes: {
    'line-not-understood': 'This line was not understood and is not imported: {{text}}',
    'file-too-large': 'The file is larger than {{max}} bytes, which no configuration file is.',
    'file-not-text': 'The file is binary (not UTF-8 text), so it is no configuration file.',
    'format-unknown':
      'Neither the name nor the text of this file tells its format; choose it under Format.',
    'no-files': 'Nothing was given to import.',
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
    'yaml-too-deep':
      'The file nests [ ] and { } {{depth}} levels deep (at most {{max}} are read): no configuration does that.',
    'match-ignored': 'The match rules of {{nic}} are ignored; the NIC keeps its own name.',
    'slave-mtu-ignored': "A slave MTU ({{value}}) is not imported: the bond sets its slaves' MTU.",
    'bond-without-name': 'The bond profile names no interface; it is not imported.',
    'runtime-active-slave':
      'The currently active slave {{value}} is runtime state, not configuration; it is not imported.',
    'dhcp-and-static': 'Bond {{bond}} asks for DHCP and static addresses; only one is imported.',
    'upload-too-many-files':
      '{{count}} files were given; at most {{max}} are read at once, so nothing was imported.',
    'upload-too-large':
      'The files add up to {{size}} bytes; at most {{max}} are read at once, so nothing was imported.',
    'archive-invalid':
      'The {{kind}} archive is damaged or incomplete; nothing was imported from it.',
    'archive-too-many-entries':
      'The archive holds more than {{max}} entries ({{count}} seen); it is refused as a whole.',
    'archive-too-large':
      'The archive expands to more than {{max}} bytes (reading stopped at {{size}}); it is refused as a whole.',
    'archive-entry-too-large':
      '{{entry}} expands to more than {{max}} bytes (reading stopped at {{size}}); the archive is refused as a whole.',
    'archive-path-absolute': '{{entry}} has an absolute path; the entry is refused.',
    'archive-path-parent': '{{entry}} climbs out of the archive with ".."; the entry is refused.',
    'archive-path-backslash': '{{entry}} contains a backslash in its path; the entry is refused.',
    'archive-path-nul': '{{entry}} contains a NUL byte in its path; the entry is refused.',
    'archive-entry-link': '{{entry}} is a link, not a file; the entry is refused.',
    'archive-entry-device': '{{entry}} is a device or other special file; the entry is refused.',
    'archive-entry-not-config': '{{entry}} is no text configuration file; it is skipped.',
    'archive-entry-unknown': '{{entry}} is in no format the importer reads; it is skipped.',
    'archive-nothing-to-import': 'The archive holds no configuration file the importer reads.',
    'bundle-folder-chosen':
      'This is a Bondsmith bundle with {{count}} target folder(s) describing the same design; only {{folder}}/ is imported (its README.txt is not).',
  },
};
