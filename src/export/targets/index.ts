/**
 * The registry of export targets: the UI and the command line list targets from here, so a new
 * target is one file plus one line in this list.
 */
import type { ExportTarget } from '../types';
import { ansibleTarget } from './ansible';
import { ifupdownTarget } from './ifupdown';
import { iproute2Target } from './iproute2';
import { netplanTarget } from './netplan';
import { networkdTarget } from './networkd';
import { nmKeyfileTarget } from './nm-keyfile';
import { nmcliTarget } from './nmcli';
import { nmstateTarget } from './nmstate';
import { rhelTarget } from './rhel';
import { rhel5Target } from './rhel5';

/** Every export target, in the order the UI and `bondsmith targets` list them. */
export const EXPORT_TARGETS: readonly ExportTarget[] = [
  rhel5Target,
  rhelTarget,
  nmKeyfileTarget,
  nmcliTarget,
  netplanTarget,
  networkdTarget,
  ifupdownTarget,
  nmstateTarget,
  iproute2Target,
  ansibleTarget,
];

/** The target with this id, or undefined. */
export function findTarget(id: string): ExportTarget | undefined {
  return EXPORT_TARGETS.find((target) => target.id === id);
}
