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
};

/** Messages of src/export/findings.ts EXPORT_FINDING_CODES (`findings.<code>`). */
export const exportFindings = {
  'target-unknown': 'There is no export target called "{{target}}".',
  'target-option-unsupported':
    'Target {{target}} cannot express option {{option}}: the files it writes (or the bonding driver of the system they are for) have no setting for it. Remove the option or leave {{target}} out of the export.',
  'target-option-value-unsupported':
    'Option {{option}} = {{value}} cannot be expressed for target {{target}}; its bonding driver only knows {{values}}.',
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
