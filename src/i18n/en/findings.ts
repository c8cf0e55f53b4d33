/**
 * English messages of the model's finding codes (src/model/findings.ts FINDING_CODES), keyed by
 * code, with {{param}} interpolation. Plain admin English: what is wrong and, where useful, why.
 */
export const findings = {
  'value-wrong-type': 'This value has the wrong type: expected {{expected}}.',
  'value-missing': 'A required value is missing: expected {{expected}}.',
  'unknown-key': 'Unknown key "{{key}}" (probably a typo); remove or correct it.',
  'version-unsupported':
    'Design file version {{version}} is not supported; this tool reads version 1.',
  'host-name-invalid':
    'Host name "{{name}}" is not valid: use letters, digits and "-" in dot-separated labels of up to 63 characters.',
  'ifname-empty': 'The interface name is empty.',
  'ifname-too-long':
    'Interface name "{{name}}" is longer than {{max}} characters; the kernel refuses it.',
  'ifname-dot': 'Interface name "{{name}}" is not allowed: the kernel refuses "." and "..".',
  'ifname-leading-dash':
    'Interface name "{{name}}" starts with "-", which commands would read as an option.',
  'ifname-bad-char':
    'Interface name "{{name}}" contains "{{char}}": use only letters, digits, "_", "-" and "." so the name is safe in config files and commands.',
  'name-duplicate':
    'The name "{{name}}" is used twice; NICs and bonds share one set of interface names.',
  'nic-driver-invalid':
    'Driver "{{driver}}" is not a kernel module name (letters, digits, "_" and "-", e.g. bnx2).',
  'nic-mac-invalid':
    'MAC address "{{mac}}" is not valid; write six hex pairs separated by colons, e.g. 00:1a:64:6a:55:98.',
  'nic-mac-not-unicast':
    'MAC address {{mac}} is a multicast or all-zero address; a NIC needs a unicast address.',
  'nic-mac-duplicate':
    'MAC address {{mac}} is also on {{nic}}; two ports rarely share a burned-in address.',
  'nic-speed-invalid': 'Speed "{{speed}}" must be a whole number of Mb/s between 1 and {{max}}.',
  'nic-model-invalid':
    'The model text must fit on one line (no line breaks or control characters, at most 200 characters): it is written into a comment line.',
  'bond-mode-invalid':
    'Mode "{{mode}}" is not a bonding mode; use balance-rr, active-backup, balance-xor, broadcast, 802.3ad, balance-tlb or balance-alb.',
  'bond-no-slaves': 'Bond {{bond}} has no slaves, so it carries no traffic.',
  'bond-one-slave': 'Bond {{bond}} has only one slave, so it survives no link failure.',
  'slave-unknown': 'Slave "{{slave}}" is not a NIC of this design.',
  'slave-is-bond': '{{slave}} is a bond; only NICs can be enslaved here.',
  'slave-duplicate': '{{slave}} is listed twice in this bond.',
  'slave-in-two-bonds':
    '{{slave}} is already a slave of {{bond}}; a NIC can belong to only one bond.',
  'lacp-speed-mismatch':
    'The slaves of {{bond}} run at different speeds ({{speeds}} Mb/s); 802.3ad aggregates only ports of one speed, so some stay unused.',
  'option-rejected-in-mode':
    'The kernel refuses {{option}} in mode {{mode}} ("mode dependency failed"), so the bond configuration fails; remove it or change the mode.',
  'option-inert-in-mode': '{{option}} is accepted but has no effect in mode {{mode}}.',
  'option-not-integer': '{{option}}: "{{value}}" is not a whole number.',
  'option-out-of-range':
    '{{option}}: {{value}} is out of range; the kernel accepts {{min}} to {{max}}.',
  'option-not-in-enum': '{{option}}: "{{value}}" is not one of: {{values}}.',
  'option-ifname-invalid': '{{option}}: "{{value}}" is not a valid interface name.',
  'option-mac-invalid':
    '{{option}}: "{{value}}" is not a MAC address (six hex pairs separated by colons).',
  'miimon-and-arp-interval':
    'MII monitoring (miimon {{miimon}}) and ARP monitoring (arp_interval {{arp_interval}}) exclude each other; the kernel keeps only the one set last. Choose one.',
  'delay-without-miimon':
    '{{option}} needs MII monitoring: the kernel refuses it while miimon is 0. Set miimon (e.g. 100) or remove {{option}}.',
  'delay-not-multiple':
    '{{option}} {{value}} ms is not a multiple of miimon {{miimon}} ms; the kernel rounds it down to {{rounded}} ms.',
  'option-inert-without-miimon': '{{option}} only affects MII monitoring, which is off (miimon 0).',
  'option-inert-without-arp':
    '{{option}} only affects ARP monitoring, which is off (arp_interval 0).',
  'arp-interval-without-targets':
    'ARP monitoring needs at least one arp_ip_target (or ns_ip6_target); without targets every slave is considered down.',
  'arp-all-targets-without-validate': 'arp_all_targets only matters when arp_validate is set.',
  'arp-target-invalid': '"{{value}}" is not an IPv4 address (dotted quad, e.g. 192.168.1.1).',
  'arp-target-forbidden':
    'The kernel refuses {{value}} as an ARP target (0.x.x.x and 255.255.255.255 are not allowed).',
  'arp-target-duplicate': 'ARP target {{value}} is listed twice.',
  'arp-target-too-many': '{{count}} ARP targets given; the kernel takes at most {{max}}.',
  'ns-target-invalid': '"{{value}}" is not an IPv6 address.',
  'ns-target-forbidden':
    'The kernel refuses {{value}} as an NS target (::, ::1 and multicast are not allowed).',
  'ns-target-duplicate': 'NS target {{value}} is listed twice.',
  'ns-target-too-many': '{{count}} NS targets given; the kernel takes at most {{max}}.',
  'no-link-monitoring':
    'Bond {{bond}} has no link monitoring (miimon 0 and no arp_interval): a failed link is never detected, so there is no failover. Set miimon (100 is usual).',
  'primary-not-slave': 'Primary {{primary}} is not a slave of {{bond}}.',
  'active-slave-not-slave': 'Active slave {{slave}} is not a slave of {{bond}}.',
  'primary-reselect-without-primary': 'primary_reselect only matters when a primary is set.',
  'xmit-hash-policy-inert-alb':
    'In balance-alb, xmit_hash_policy is used only when tlb_dynamic_lb is off; as it stands it has no effect.',
  'notify-counts-differ':
    'num_grat_arp ({{num_grat_arp}}) and num_unsol_na ({{num_unsol_na}}) are one kernel setting; give them the same value or set only one.',
  'ad-actor-system-multicast':
    'ad_actor_system {{value}} is a multicast MAC; the kernel refuses it.',
  'queue-id-invalid':
    '"{{value}}" is not a queue_id entry; write slave:queue, e.g. eth0:2 (queue 0–65535).',
  'queue-id-not-slave': 'queue_id names {{slave}}, which is not a slave of {{bond}}.',
  'queue-id-duplicate-slave': 'queue_id sets {{slave}} twice.',
  'queue-id-duplicate-queue':
    'Queue {{queue}} is given to two slaves; non-zero queue ids must be unique.',
  'ipv4-method-invalid': 'IPv4 method "{{method}}" is not known; use static, dhcp or none.',
  'ipv4-address-invalid': '"{{address}}" is not an IPv4 address (dotted quad, e.g. 192.168.1.3).',
  'ipv4-address-reserved':
    '{{address}} cannot be a host address (0.x.x.x, loopback 127.x.x.x, multicast, reserved or broadcast).',
  'ipv4-address-network':
    '{{address}} is the network address of {{network}}/{{prefix}}; a host cannot use it.',
  'ipv4-address-broadcast':
    '{{address}} is the broadcast address of {{network}}/{{prefix}}; a host cannot use it.',
  'ipv4-prefix-invalid':
    'Prefix "{{prefix}}" is not valid; give 0–32 (e.g. 24) or a netmask (e.g. 255.255.255.0).',
  'ipv4-gateway-invalid': '"{{gateway}}" is not an IPv4 address.',
  'ipv4-gateway-reserved':
    '{{gateway}} cannot be a gateway (0.x.x.x, loopback, multicast, reserved or broadcast).',
  'ipv4-gateway-outside-subnet':
    "Gateway {{gateway}} is outside the bond's subnet {{network}}/{{prefix}}, so it cannot be reached and the host has no default route.",
  'ipv4-gateway-is-address': "The gateway {{gateway}} is the bond's own address.",
  'ipv4-gateway-point-to-point':
    'A /31 point-to-point subnet: make sure {{gateway}} is the other end and that the target system supports /31 addresses.',
  'ipv4-address-duplicate':
    '{{address}} is also the address of {{bond}}; two interfaces with one address conflict.',
  'ipv4-subnet-shared':
    'This bond shares subnet {{network}}/{{prefix}} with {{bond}}; replies may leave through the other bond.',
  'ipv4-multiple-gateways':
    '{{bond}} already has a default gateway; the host uses only one default route.',
  'mtu-invalid': 'MTU "{{mtu}}" is not valid; use a whole number from {{min}} to {{max}}.',
  'mtu-above-jumbo': 'MTU {{mtu}} is above {{max}}, more than most NICs and switches carry.',
  'draft-pointer-unknown': 'Text typed for an unknown field ({{pointer}}).',
};
