/**
 * English explanations of the seven bonding modes, keyed by modeKey() (the mode name without
 * dots). True to the kernel driver (shared/reference/kernel-bonding.md §1), including the
 * common misconceptions of §1.4, not to the seed blog.
 */
export const modes = {
  'balance-rr': {
    title: 'balance-rr (mode 0): round-robin',
    summary:
      'Sends packets on each slave in turn; the only mode that spreads one connection over several links.',
    transmit:
      'Packet by packet, rotating over the slaves (packets_per_slave packets per turn). A single TCP connection can use every link, at the cost of packets arriving out of order.',
    receive:
      'Every slave receives whatever the switch sends to it; how incoming traffic is spread is decided by the switch.',
    survives:
      'The loss of any link but the last, provided link monitoring is on. The kernel default is miimon 0 (no monitoring, no failover), so set miimon.',
    switch:
      'A static link aggregation (EtherChannel "mode on", trunk group) without LACP. Without it the switch sees the bond MAC on several ports and the traffic flaps between them.',
    nic: 'Nothing special; every slave takes the bond MAC address.',
    choose:
      'When one flow must exceed the speed of one link and the peers tolerate reordering (raise net.ipv4.tcp_reordering). Otherwise prefer 802.3ad.',
  },
  'active-backup': {
    title: 'active-backup (mode 1): fault tolerance',
    summary: 'One slave carries all traffic; another takes over when it fails. No load balancing.',
    transmit:
      'Only the active slave transmits. The others wait; adding slaves adds redundancy, never bandwidth.',
    receive:
      'Only the active slave delivers traffic to the host; frames arriving on backup slaves are dropped (unless all_slaves_active is on).',
    survives:
      'The loss of every link but one, even across two independent switches. Requires link monitoring: the kernel default is miimon 0 (no failover), so set miimon (100 is usual) or ARP monitoring.',
    switch:
      'Nothing: any switch or pair of switches works, with no aggregation configured. The peers learn the new port from a gratuitous ARP at failover.',
    nic: 'Nothing special. Even NICs that cannot change their MAC work (fail_over_mac=active).',
    choose:
      'For simple, robust redundancy, especially with slaves on two different switches. Use primary to prefer the faster or cheaper link.',
  },
  'balance-xor': {
    title: 'balance-xor (mode 2): static hash',
    summary:
      'Each flow is pinned to one slave by a hash of its addresses; needs a static trunk on the switch.',
    transmit:
      'A hash chosen by xmit_hash_policy (by default the MAC addresses, layer2) picks one slave per flow. One flow never uses more than one link; with layer2 all traffic to the gateway uses one slave.',
    receive: 'Every slave receives; the switch decides how incoming traffic is spread.',
    survives:
      'The loss of any link but the last, provided link monitoring is on (kernel default miimon 0: set it). Flows of the failed link move to the others.',
    switch: 'A static link aggregation (EtherChannel "mode on") without LACP.',
    nic: 'Nothing special; every slave takes the bond MAC address.',
    choose:
      'When the switch can do static aggregation but not LACP. With LACP available, 802.3ad is the better choice because it detects miswiring.',
  },
  broadcast: {
    title: 'broadcast (mode 3): every frame on every slave',
    summary:
      'Duplicates every frame on all slaves; for reaching two separate networks, not for speed.',
    transmit:
      'Every frame is copied to every slave that is up. Peers on a shared network receive duplicates.',
    receive: 'Every slave receives.',
    survives:
      'The loss of any link but the last, with link monitoring on (kernel default miimon 0: set it).',
    switch:
      'For its real use, two independent networks, nothing. If all slaves go to one switch, they must be a static group or the switch sees the MAC flapping.',
    nic: 'Nothing special.',
    choose:
      'Rarely: when the same traffic must reach two separate networks with no link between them. It does not balance load.',
  },
  '8023ad': {
    title: '802.3ad (mode 4): LACP link aggregation',
    summary:
      'Dynamic link aggregation negotiated with the switch by LACP; flows are hashed over the active ports.',
    transmit:
      'As balance-xor: xmit_hash_policy pins each flow to one port of the active aggregator. One flow never exceeds one link; use layer3+4 for many flows to one peer.',
    receive:
      "All ports of the active aggregator receive; the switch's own hash spreads the incoming traffic.",
    survives:
      'The loss of any port; LACP also detects a port that is up but wired to the wrong place. miimon is forced to 100 when left at 0; ARP monitoring is refused.',
    switch:
      'A port-channel with LACP (for example Cisco "channel-group N mode active"). A static trunk is not enough. Across two switches only with MLAG or stacking.',
    nic: 'The driver must report speed and duplex (ethtool); ports aggregate only with equal speed and full duplex.',
    choose:
      'The usual choice for bandwidth and redundancy when the switch supports LACP. lacp_rate fast detects failures in seconds instead of a minute and a half.',
  },
  'balance-tlb': {
    title: 'balance-tlb (mode 5): adaptive transmit load balancing',
    summary:
      'Spreads outgoing traffic by load over the slaves; incoming traffic uses one slave. No switch setup.',
    transmit:
      'IPv4 and IPv6 unicast is spread by load (or by hash when tlb_dynamic_lb is off); broadcast, multicast and other traffic leaves by the active slave. Each slave sends with its own MAC.',
    receive: 'Only the active slave receives.',
    survives:
      "The loss of any link but the last; the active slave's role and MAC move to a survivor. miimon is forced to 100 when left at 0; ARP monitoring is refused.",
    switch: 'Nothing: works with any switch, no aggregation configured.',
    nic: 'The driver must report link speed (ethtool); a slave with unknown speed counts as down.',
    choose:
      'When the host sends much more than it receives (e.g. file or web servers) and the switch cannot be configured.',
  },
  'balance-alb': {
    title: 'balance-alb (mode 6): adaptive load balancing',
    summary: 'balance-tlb plus IPv4 receive balancing by ARP negotiation. No switch setup.',
    transmit:
      'As balance-tlb: outgoing unicast spread over the slaves by load, each slave using its own MAC.',
    receive:
      'IPv4 peers are answered with different slave MACs in ARP replies, so different peers send to different slaves. IPv6 receive is not balanced; traffic from one peer (or via one router) still arrives on one slave.',
    survives:
      'The loss of any link but the last; peers are updated by ARP. miimon is forced to 100 when left at 0; ARP monitoring is refused.',
    switch: 'Nothing: works with any switch, no aggregation configured.',
    nic: 'The driver must report link speed and be able to change its MAC address while the interface is up.',
    choose:
      'When many IPv4 peers on the local network should share incoming and outgoing load and the switch cannot do LACP. Traffic through a single router gains little.',
  },
};
