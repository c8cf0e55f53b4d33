/**
 * Tests of format detection: each format by its usual file name and, where names say nothing,
 * by its text.
 */
import { describe, expect, it } from 'vitest';
import { baseName, detectFormat } from './detect';

describe('detectFormat', () => {
  it.each([
    ['etc/sysconfig/network-scripts/ifcfg-bond0', 'DEVICE=bond0\nBONDING_OPTS="mode=1"\n', 'rhel'],
    ['etc/sysconfig/network-scripts/ifcfg-eth0', 'DEVICE=eth0\nMASTER=bond0\n', 'rhel5'],
    ['etc/modprobe.conf', 'alias bond0 bonding\n', 'rhel5'],
    ['etc/rc.d/rc.local', 'ifenslave bond0 eth0 eth1\n', 'rhel5'],
    ['bond0.nmconnection', '[connection]\nid=bond0\n', 'nm-keyfile'],
    ['10-bond0.netdev', '[NetDev]\nName=bond0\nKind=bond\n', 'networkd'],
    ['10-eth0.network', '[Match]\nName=eth0\n', 'networkd'],
    ['etc/network/interfaces', 'auto lo\n', 'ifupdown'],
    ['01-netcfg.yaml', 'network:\n  version: 2\n', 'netplan'],
    ['bond.yml', 'interfaces:\n- name: bond0\n', 'nmstate'],
    ['/proc/net/bonding/bond0', 'Ethernet Channel Bonding Driver: v3.7.1\n', 'proc'],
    ['links.txt', '3: bond0: <BROADCAST,MULTICAST,MASTER,UP> mtu 1500 qdisc noqueue\n', 'ip-link'],
    ['copied.txt', 'DEVICE=bond0\nBONDING_OPTS="mode=4"\n', 'rhel'],
    ['copied.txt', 'alias bond0 bonding\noptions bond0 miimon=100 mode=1\n', 'rhel5'],
    ['copied.txt', 'iface bond0 inet dhcp\n  bond-mode 1\n', 'ifupdown'],
    ['copied.txt', '[connection]\ntype=bond\n', 'nm-keyfile'],
    ['copied.txt', 'network:\n  bonds: {}\n', 'netplan'],
    ['bondsmith-nmcli.sh', 'nmcli connection add type bond \\\n  con-name bond0\n', 'nmcli'],
    ['setup.sh', 'nmcli -w 10 c a type bond ifname bond0\n', 'nmcli'],
    ['bondsmith-up.sh', 'ip link add bond0 type bond mode active-backup\n', 'iproute2'],
    ['pasted', 'ip l a name bond1 \\\n  type bond mode 4\n', 'iproute2'],
    ['bondsmith-down.sh', 'ip link delete dev bond0\n', undefined],
    ['vlan.sh', 'ip link add link eth0 name eth0.5 type vlan id 5\n', undefined],
    ['bondsmith-network.yml', '- hosts: all\n  vars:\n    network_connections:\n', 'ansible'],
    ['host_vars/web1', 'network_connections:\n  - name: bond0\n', 'ansible'],
    ['play.yaml', '- hosts: all\n  roles:\n    - linux-system-roles.network\n', 'ansible'],
    ['notes.txt', 'just some text\n', undefined],
    ['config.yaml', 'services: {}\n', undefined],
  ])('%s with %j is %s', (path, text, format) => {
    expect(detectFormat({ path, text })).toBe(format);
  });
});

describe('baseName', () => {
  it.each([
    ['etc/sysconfig/network-scripts/ifcfg-eth0', 'ifcfg-eth0'],
    ['C:\\configs\\ifcfg-eth0', 'ifcfg-eth0'],
    ['interfaces', 'interfaces'],
  ])('%s → %s', (path, name) => {
    expect(baseName(path)).toBe(name);
  });
});
