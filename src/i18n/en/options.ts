/**
 * English label and one-line help for every bond option (sysfs names, as in the kernel bonding
 * HOWTO), with the unit and kernel default so nobody has to look them up.
 */
export const options = {
  miimon: {
    label: 'MII monitoring interval (miimon)',
    help: 'How often, in ms, the link state of each slave is checked. 0 turns MII monitoring off; kernel default 0 (forced to 100 in 802.3ad, balance-tlb and balance-alb). 100 is usual.',
  },
  updelay: {
    label: 'Up delay (updelay)',
    help: 'Wait this many ms after a link comes back before using it; a multiple of miimon. Needs miimon. Default 0.',
  },
  downdelay: {
    label: 'Down delay (downdelay)',
    help: 'Wait this many ms after a link fails before dropping it; a multiple of miimon. Needs miimon. Default 0.',
  },
  peer_notif_delay: {
    label: 'Peer notification delay (peer_notif_delay)',
    help: 'Spacing in ms between the gratuitous ARPs / unsolicited NAs sent after a failover; a multiple of miimon, 0–300000. Default 0 (one miimon tick).',
  },
  use_carrier: {
    label: 'Use carrier state (use_carrier)',
    help: "on: MII monitoring reads the driver's carrier state; off: it uses MII/ethtool ioctls. Default on (kernels from 6.18 accept only on).",
  },
  arp_interval: {
    label: 'ARP monitoring interval (arp_interval)',
    help: 'How often, in ms, ARP probes are sent to the targets to check the slaves. 0 turns ARP monitoring off; default 0. Excludes miimon; not allowed in 802.3ad, balance-tlb or balance-alb.',
  },
  arp_ip_target: {
    label: 'ARP targets (arp_ip_target)',
    help: 'IPv4 addresses probed by ARP monitoring, e.g. the gateway; up to 16, separated by commas.',
  },
  ns_ip6_target: {
    label: 'IPv6 NS targets (ns_ip6_target)',
    help: 'IPv6 addresses probed with neighbour solicitations by ARP monitoring; up to 16 (kernel 5.18 and later).',
  },
  arp_validate: {
    label: 'ARP validation (arp_validate)',
    help: 'Which slaves must see valid ARP replies to count as up: none, active, backup, all, or the filter variants. Default none.',
  },
  arp_all_targets: {
    label: 'ARP targets required (arp_all_targets)',
    help: 'any: a slave is up if any target answers; all: only if every target answers. Active-backup with arp_validate only. Default any.',
  },
  arp_missed_max: {
    label: 'Missed ARP replies (arp_missed_max)',
    help: 'How many ARP intervals without a reply mark a slave down, 1–255. Default 2.',
  },
  primary: {
    label: 'Primary slave (primary)',
    help: 'The slave that is active whenever its link is up. active-backup, balance-tlb and balance-alb only. Default none.',
  },
  primary_reselect: {
    label: 'Primary reselection (primary_reselect)',
    help: 'When the primary returns: always take over, only if better (faster), or only on failure of the active slave. Default always.',
  },
  active_slave: {
    label: 'Active slave (active_slave)',
    help: 'The slave to make active now (a runtime choice; primary is the lasting preference). active-backup, balance-tlb and balance-alb only.',
  },
  fail_over_mac: {
    label: 'MAC on failover (fail_over_mac)',
    help: "none: all slaves take the bond MAC; active: the bond takes the active slave's MAC; follow: the active slave takes the bond MAC. Active-backup only. Default none.",
  },
  num_grat_arp: {
    label: 'Gratuitous ARPs after failover (num_grat_arp)',
    help: 'How many gratuitous ARPs announce the new active slave, 0–255. Same setting as num_unsol_na. Default 1.',
  },
  num_unsol_na: {
    label: 'Unsolicited NAs after failover (num_unsol_na)',
    help: 'How many IPv6 unsolicited neighbour advertisements announce the new active slave, 0–255. Same setting as num_grat_arp. Default 1.',
  },
  xmit_hash_policy: {
    label: 'Transmit hash policy (xmit_hash_policy)',
    help: 'What picks the slave for each flow: layer2 (MACs), layer2+3 (MACs and IPs), layer3+4 (IPs and ports), encap variants or vlan+srcmac. Default layer2.',
  },
  packets_per_slave: {
    label: 'Packets per slave (packets_per_slave)',
    help: 'Packets sent on one slave before moving to the next, 0–65535; 0 picks a random slave per packet. balance-rr only. Default 1.',
  },
  lacp_rate: {
    label: 'LACP rate (lacp_rate)',
    help: 'How often the switch should send LACPDUs: slow every 30 s, fast every 1 s (failure noticed in 3 s instead of 90 s). 802.3ad only. Default slow.',
  },
  lacp_active: {
    label: 'LACP active (lacp_active)',
    help: 'on: send LACPDUs; off: answer only when the switch speaks first. 802.3ad only, kernel 5.15 and later. Default on.',
  },
  ad_select: {
    label: 'Aggregator selection (ad_select)',
    help: 'Which aggregator becomes active: stable, bandwidth (most total speed) or count (most ports). 802.3ad only. Default stable.',
  },
  min_links: {
    label: 'Minimum links (min_links)',
    help: 'The bond reports carrier only while at least this many ports are in the active aggregator. 802.3ad only. Default 0.',
  },
  tlb_dynamic_lb: {
    label: 'Dynamic load balancing (tlb_dynamic_lb)',
    help: 'on: spread flows by current load; off: by xmit_hash_policy only. balance-tlb and balance-alb only. Default on.',
  },
  lp_interval: {
    label: 'Learning packet interval (lp_interval)',
    help: 'Seconds between learning packets that keep switch MAC tables current, 1 or more. balance-tlb and balance-alb only. Default 1.',
  },
  ad_actor_sys_prio: {
    label: 'LACP system priority (ad_actor_sys_prio)',
    help: 'The system priority sent in LACPDUs, 1–65535. 802.3ad only. Default 65535.',
  },
  ad_actor_system: {
    label: 'LACP system id (ad_actor_system)',
    help: 'The MAC address sent as LACP system id; 00:00:00:00:00:00 uses the bond MAC. Must not be multicast. 802.3ad only.',
  },
  ad_user_port_key: {
    label: 'LACP user port key (ad_user_port_key)',
    help: 'The upper 10 bits of the LACP port key, 0–1023. 802.3ad only. Default 0.',
  },
  coupled_control: {
    label: 'Coupled control (coupled_control)',
    help: 'on: collecting and distributing switch together, as in 802.3ad; off: independently. 802.3ad only, kernel 6.9 and later. Default on.',
  },
  broadcast_neighbor: {
    label: 'Broadcast neighbour traffic (broadcast_neighbor)',
    help: 'on: send ARP and neighbour discovery on every active port. 802.3ad only, kernel 6.17 and later. Default off.',
  },
  all_slaves_active: {
    label: 'Deliver on all slaves (all_slaves_active)',
    help: 'on: frames arriving on inactive slaves are delivered too (duplicates are possible). Default off.',
  },
  resend_igmp: {
    label: 'IGMP reports after failover (resend_igmp)',
    help: 'How many IGMP membership reports are sent after a failover, 0–255, 200 ms apart. Default 1.',
  },
  queue_id: {
    label: 'Slave queue ids (queue_id)',
    help: 'Map transmit queues to slaves as slave:queue, e.g. eth0:2, separated by commas. balance-rr and active-backup only.',
  },
};
