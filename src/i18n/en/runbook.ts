/**
 * English strings of the topology picture actions and the printable runbook (namespace
 * `runbook`). They load with the export dialog's body, not with the first page.
 */
export const runbook = {
  open: 'Print runbook…',
  title: 'Runbook for {{host}}',
  unnamedHost: 'an unnamed host',
  intro:
    'Everything needed at the console: the design, its picture, and for each target the files, how to apply them, how to check the bonds and how to roll back.',
  print: 'Print',
  close: 'Close',
  loading: 'Loading the runbook…',
  blocked: 'The runbook needs a design without errors and at least one target.',
  summary: {
    heading: 'Design summary',
    host: 'Host: {{host}}',
    bond: 'Bond',
    mode: 'Mode',
    modeName: '{{mode}} (mode {{number}})',
    slaves: 'Slaves',
    noSlaves: 'none',
    primary: '{{name}} (primary)',
    addressing: 'Addressing',
    static: 'IPv4 {{address}}/{{prefix}}',
    gateway: 'gateway {{gateway}}',
    dhcp: 'IPv4 by DHCP',
    none: 'no IPv4 address',
    mtu: 'MTU {{mtu}}',
    switch: 'Switch ports',
    freeNics: 'NICs not in a bond: {{names}}',
  },
  picture: {
    heading: 'Topology picture',
    alt: 'Topology of {{host}}: bonds with their slaves',
    downloadSvg: 'Download SVG',
    downloadPng: 'Download PNG',
    pngFailed: 'The PNG could not be drawn in this browser; download the SVG instead.',
  },
  target: {
    heading: '{{title}} (target {{id}})',
    steps: 'Steps: files, apply, check, roll back (README.txt)',
    files: 'Files',
  },
};
