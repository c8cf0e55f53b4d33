/**
 * What NetworkManager profiles can express, shared by the nm-keyfile and nmcli targets: the bond
 * options libnm 1.40–1.42 knows (nm-setting-bond.c valid options, checked against libnm 1.42.4),
 * plus the one combination libnm's verify() refuses although the kernel takes it.
 */
import type { Design, Finding } from '../../../model/types';
import { exportError } from '../../findings';
import { optionSupportFindings, type OptionSupport } from '../../option-support';

/**
 * Kernel options a NetworkManager profile can carry. Missing on purpose: arp_missed_max,
 * ns_ip6_target and lacp_active (NetworkManager 1.44+), coupled_control and broadcast_neighbor
 * (newer than any NetworkManager), and active_slave, which libnm treats as a deprecated alias of
 * primary, a different setting. queue_id goes to each port's [bond-port] queue-id.
 */
export const NM_OPTION_SUPPORT: OptionSupport = {
  miimon: true,
  updelay: true,
  downdelay: true,
  peer_notif_delay: true,
  use_carrier: true,
  arp_interval: true,
  arp_ip_target: true,
  arp_validate: true,
  arp_all_targets: true,
  primary: true,
  primary_reselect: true,
  fail_over_mac: true,
  num_grat_arp: true,
  num_unsol_na: true,
  xmit_hash_policy: true,
  packets_per_slave: true,
  lacp_rate: true,
  ad_select: true,
  ad_actor_sys_prio: true,
  ad_actor_system: true,
  ad_user_port_key: true,
  min_links: true,
  tlb_dynamic_lb: true,
  lp_interval: true,
  all_slaves_active: true,
  resend_igmp: true,
  queue_id: true,
};

/**
 * libnm's verify() refuses arp_ip_target without a non-zero arp_interval ("'arp_ip_target' option
 * requires 'arp_interval' option to be set"); the kernel keeps such targets unused. Every target
 * NetworkManager reads (ifcfg-rh included) is refused such a bond.
 */
export function idleArpTargetFindings(design: Design, target: string): Finding[] {
  return design.bonds.flatMap((bond, index) =>
    bond.options.arp_ip_target !== undefined && (bond.options.arp_interval ?? 0) === 0
      ? [
          exportError('target-option-needs', `/bonds/${index}/options/arp_ip_target`, {
            option: 'arp_ip_target',
            needs: 'arp_interval',
            target,
          }),
        ]
      : [],
  );
}

/** The refusals of a NetworkManager target (`target` is its id, named in each finding). */
export function checkNmProfiles(design: Design, target: string): Finding[] {
  return [
    ...optionSupportFindings(design, target, NM_OPTION_SUPPORT),
    ...idleArpTargetFindings(design, target),
  ];
}
