/**
 * The registry of export targets: the command line and the export worker find targets here; a new
 * target is one file, one line here and its id in ../target-ids.ts.
 */
import { TARGET_IDS, type TargetId } from '../target-ids';
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

const TARGETS: Record<TargetId, ExportTarget> = {
  rhel5: rhel5Target,
  rhel: rhelTarget,
  'nm-keyfile': nmKeyfileTarget,
  nmcli: nmcliTarget,
  netplan: netplanTarget,
  networkd: networkdTarget,
  ifupdown: ifupdownTarget,
  nmstate: nmstateTarget,
  iproute2: iproute2Target,
  ansible: ansibleTarget,
};

/** Every export target, in the order the UI and `bondsmith targets` list them (TARGET_IDS). */
export const EXPORT_TARGETS: readonly ExportTarget[] = TARGET_IDS.map((id) => TARGETS[id]);

/** The target with this id, or undefined. */
export function findTarget(id: string): ExportTarget | undefined {
  return EXPORT_TARGETS.find((target) => target.id === id);
}
