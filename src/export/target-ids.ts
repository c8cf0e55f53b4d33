/**
 * The export targets' ids, in the order the UI and `bondsmith targets` list them, apart from the
 * renderers (targets/index.ts builds its registry in this order), so the export dialog can list
 * the targets without loading a renderer on the page: the rendering runs in the export worker.
 */
export const TARGET_IDS = [
  'rhel5',
  'rhel',
  'nm-keyfile',
  'nmcli',
  'netplan',
  'networkd',
  'ifupdown',
  'nmstate',
  'iproute2',
  'ansible',
] as const;

/** One of TARGET_IDS. */
export type TargetId = (typeof TARGET_IDS)[number];
