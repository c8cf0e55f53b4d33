/**
 * Where the rhel5 target's files go on a RHEL/CentOS 5 server (paths without the leading '/'),
 * per the RHEL 5 Deployment Guide "Channel Bonding Interfaces" and the seed write-up.
 */
import { assertPathSegment } from '../../format/line-safety';

/** initscripts' folder of interface files. */
export const IFCFG_DIR = 'etc/sysconfig/network-scripts';
/** RHEL5's single modprobe configuration file (modprobe.d came with RHEL6). */
export const MODPROBE_CONF = 'etc/modprobe.conf';
/** The script run after all other init scripts. */
export const RC_LOCAL = 'etc/rc.d/rc.local';
/** The bundle's instructions. */
export const README = 'README.txt';

/** The ifcfg file of an interface, e.g. etc/sysconfig/network-scripts/ifcfg-bond0. */
export function ifcfgPath(device: string): string {
  return `${IFCFG_DIR}/ifcfg-${assertPathSegment(device)}`;
}
