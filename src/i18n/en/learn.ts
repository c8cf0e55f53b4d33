/**
 * English strings of the Learn view (namespace `learn`): the guided tour of the seven modes and
 * the quiz built on the misconceptions of shared/reference/kernel-bonding.md §1.4. Loaded with
 * the Learn chunk, not with the first page.
 */
export const learn = {
  heading: 'Learn bonding',
  intro:
    'Step through the seven modes, then test yourself. Every answer follows the kernel bonding driver, not the blogs.',
  tour: {
    heading: 'Tour of the seven modes',
    step: 'Mode {{number}}, {{index}} of {{total}}',
    previous: 'Previous mode',
    next: 'Next mode',
    transmit: 'How it transmits',
    receive: 'How it receives',
    survives: 'What it survives',
    switch: 'What the switch needs',
    nic: 'What the NICs need',
    choose: 'When to choose it',
  },
  quiz: {
    heading: 'Quiz',
    progress: 'Question {{index}} of {{total}}',
    score: 'Score: {{correct}} correct of {{answered}} answered ({{total}} questions).',
    correct: 'Correct.',
    wrong: 'Not quite: the answer is “{{answer}}”.',
    previous: 'Previous question',
    next: 'Next question',
    restart: 'Start again',
    questions: {
      modeTwoThree: {
        prompt:
          'The original RHEL5 write-up labels both mode 2 and mode 3 “balance-xor”. What are they really?',
        choices: {
          xorBroadcast:
            'Mode 2 is balance-xor (hash), mode 3 is broadcast (every frame on every slave)',
          broadcastXor: 'Mode 2 is broadcast, mode 3 is balance-xor',
          bothXor: 'Both are balance-xor with different hash policies',
        },
        explanation:
          'The kernel numbers them 2 = balance-xor and 3 = broadcast. Mode 3 copies every frame to every slave; mode 2 picks one slave per flow by hash.',
      },
      activeBackupBalance: {
        prompt: 'With two 1 Gb/s slaves in active-backup (mode 1), how much can the host send?',
        choices: {
          oneLink: '1 Gb/s: only the active slave transmits',
          twoLinks: '2 Gb/s: both slaves share the load',
          half: '500 Mb/s on each slave',
        },
        explanation:
          'Active-backup never balances: the backup waits until the active slave fails. Adding slaves adds redundancy, not bandwidth. Only modes 0, 2, 4, 5 and 6 spread traffic.',
      },
      promiscuous: {
        prompt: 'The seed blog says eth0 and eth1 become promiscuous once enslaved. Is that so?',
        choices: {
          no: 'No: the slaves share the bond MAC (or own MACs in 5/6); promiscuity only follows the bond',
          yes: 'Yes: every slave must receive every frame on the wire',
          activeOnly: 'Only the active slave is always promiscuous',
        },
        explanation:
          'Slaves are not promiscuous. They receive frames for the bond MAC; the kernel passes promiscuous mode on to slaves only when the bond itself is made promiscuous.',
      },
      whoBalances: {
        prompt: 'Which component decides the slave each packet leaves by?',
        choices: {
          kernel: 'The kernel bonding driver',
          ifenslave: 'ifenslave',
          switch: 'The switch',
        },
        explanation:
          'The bonding module in the kernel chooses the slave for every packet. ifenslave only told the kernel which slaves to add, and the C tool is long obsolete.',
      },
      slaveLowercase: {
        prompt:
          'An ifcfg-eth0 file contains “slave=yes”. What does RHEL5’s initscripts do with it?',
        choices: {
          ignored:
            'Ignores it: the key must be SLAVE=yes in upper case, so eth0 is never enslaved at boot',
          same: 'Treats it as SLAVE=yes',
          error: 'Refuses to bring the interface up',
        },
        explanation:
          'Shell variables are case-sensitive: initscripts test ${SLAVE} = yes. The lower-case key is ignored, which is why the blog needed ifenslave in rc.local.',
      },
      staticTrunk: {
        prompt: 'What must the switch ports of a balance-rr or balance-xor bond be configured as?',
        choices: {
          static: 'A static link aggregation (EtherChannel “mode on”, trunk group) without LACP',
          nothing: 'Nothing: plain access ports',
          lacp: 'An LACP port-channel',
        },
        explanation:
          'Modes 0 and 2 send the bond MAC from several ports; without a static group the switch sees the MAC flap between ports and returns traffic on one of them only.',
      },
      lacpNeeded: {
        prompt: 'Does 802.3ad (mode 4) work against a static trunk without LACP?',
        choices: {
          lacp: 'No: the switch must run LACP on those ports',
          yes: 'Yes: static and dynamic aggregation are the same',
          ifFast: 'Only with lacp_rate fast',
        },
        explanation:
          '802.3ad is the dynamic aggregation protocol: the slaves exchange LACPDUs with the switch and only ports in an agreed aggregator carry traffic.',
      },
      tlbSwitch: {
        prompt: 'Which switch configuration do balance-tlb and balance-alb need?',
        choices: {
          none: 'None',
          static: 'A static trunk',
          lacp: 'LACP',
        },
        explanation:
          'Modes 5 and 6 give each slave its own MAC address, so the switch never sees one MAC on several ports. Like active-backup, they work with any switch.',
      },
      hashPolicyModes: {
        prompt: 'In which modes does xmit_hash_policy choose the transmitting slave?',
        choices: {
          hashModes: 'balance-xor, 802.3ad, balance-tlb, and balance-alb with tlb_dynamic_lb off',
          all: 'All seven modes',
          rrBackup: 'balance-rr and active-backup',
        },
        explanation:
          'The option is accepted in every mode but only read by modes 2, 4 and 5, and by 6 when tlb_dynamic_lb is 0. Round-robin counts packets; active-backup uses the active slave.',
      },
      policyNumbers: {
        prompt: 'Which kernel numbers do layer3+4 and layer2+3 have for xmit_hash_policy?',
        choices: {
          kernel: 'layer3+4 = 1, layer2+3 = 2',
          alphabetical: 'layer2+3 = 1, layer3+4 = 2',
          same: 'Both are 2',
        },
        explanation:
          'layer2 = 0, layer3+4 = 1, layer2+3 = 2: the numbering follows the order they were added to the kernel, not the alphabet. Writing xmit_hash_policy=1 gives layer3+4.',
      },
      miimonDefault: {
        prompt:
          'You create an active-backup bond and set no miimon and no arp_interval. What happens?',
        choices: {
          none: 'No link monitoring: miimon defaults to 0, so a dead link is never noticed',
          hundred: 'miimon 100 is used by default',
          carrier: 'The kernel polls the carrier every second',
        },
        explanation:
          'The kernel default of miimon is 0 in modes 0 to 3; it is forced to 100 only in 802.3ad, balance-tlb and balance-alb. Tools such as NetworkManager add miimon=100 themselves.',
      },
      oneFlow: {
        prompt:
          'Two 1 Gb/s slaves in 802.3ad with layer3+4 hashing carry one large TCP transfer. How fast can it go?',
        choices: {
          oneLink: '1 Gb/s: one flow always hashes to one slave',
          twoLinks: '2 Gb/s',
          depends: '2 Gb/s if lacp_rate is fast',
        },
        explanation:
          'Every packet of a flow has the same hash inputs, so the same slave. Only balance-rr spreads one flow over several links (and reorders packets doing so).',
      },
      twoSwitches: {
        prompt:
          'The slaves go to two independent switches (no stacking, no MLAG). Which mode keeps the host reachable if one switch dies?',
        choices: {
          activeBackup: 'active-backup',
          lacp: '802.3ad',
          xor: 'balance-xor',
        },
        explanation:
          'An 802.3ad aggregate must end on one switch, or a pair that acts as one (MLAG, stacking). Active-backup (or broadcast) works across independent switches.',
      },
      modeChange: {
        prompt: 'How do you change the mode of a running bond with two slaves?',
        choices: {
          downEmpty: 'Bring the bond down and release all slaves, then write the new mode',
          live: 'Write the new mode to sysfs while it runs',
          downOnly: 'Bring the bond down; the slaves can stay',
        },
        explanation:
          'The kernel refuses a mode change while the bond is up or has slaves: it must be down and empty. That is why configuration files set the mode before enslaving.',
      },
      monitorsExclusive: {
        prompt: 'What happens if you set miimon=100 and then arp_interval=1000?',
        choices: {
          exclusive: 'ARP monitoring takes over and miimon is set to 0',
          both: 'Both monitors run',
          refused: 'The write of arp_interval is refused',
        },
        explanation:
          'MII and ARP monitoring are mutually exclusive: enabling one zeroes the other. Pick one per bond.',
      },
      broadcastUse: {
        prompt: 'What is broadcast mode (mode 3) really for?',
        choices: {
          separateNetworks:
            'Sending the same traffic into two completely separate networks, for fault tolerance',
          speed: 'Doubling throughput',
          multicast: 'Sending only broadcast and multicast frames',
        },
        explanation:
          'Mode 3 copies every frame to every slave, so peers on a shared network receive duplicates. Its use is redundancy across networks that are not connected.',
      },
    },
  },
};
