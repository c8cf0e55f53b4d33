/**
 * The rhel5 target's /etc/rc.d/rc.local: RHEL5's stock script plus one `ifenslave` per bond, as
 * the seed write-up did. With SLAVE=yes in the slaves' ifcfg files initscripts already enslave
 * at boot; the line stays as a safety net and is harmless (ifenslave refuses an existing slave
 * before touching it). ifenslave syntax: kernel-bonding.md §4.2.
 */
import type { Design } from '../../../model/types';
import { commentLine } from '../../format/key-value';
import { shellCommand } from '../../format/shell-word';
import { EXECUTABLE_MODE, type ExportFile } from '../../types';
import { bondsInLoadOrder } from './design-lookup';
import { RC_LOCAL } from './paths';

// The file as RHEL5's initscripts package installs it.
const STOCK_RC_LOCAL = [
  '#!/bin/sh',
  '#',
  '# This script will be executed *after* all the other init scripts.',
  "# You can put your own initialization stuff in here if you don't",
  '# want to do the full Sys V style init stuff.',
  '',
  'touch /var/lock/subsys/local',
];

/** rc.local with an `ifenslave bondN slave…` line for each bond that has slaves (mode 0755). */
export function rcLocal(design: Design): ExportFile {
  const commands = bondsInLoadOrder(design)
    .filter((bond) => bond.slaves.length > 0)
    .map((bond) => shellCommand(['ifenslave', bond.name, ...bond.slaves]));
  const lines = [...STOCK_RC_LOCAL];
  if (commands.length > 0) {
    lines.push(
      '',
      commentLine(
        'Added by Bondsmith (target rhel5): enslave the NICs in case initscripts did not.',
      ),
      commentLine('With SLAVE=yes they already are; ifenslave then only reports it.'),
      ...commands,
    );
  }
  return { path: RC_LOCAL, contents: `${lines.join('\n')}\n`, mode: EXECUTABLE_MODE };
}
