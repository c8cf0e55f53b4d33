import { describe, expect, it } from 'vitest';
import { seedDesign } from '../../testing/designs';
import { netplanReadme } from './readme';

const SEED_ZH_CN = `Bondsmith 配置包：Ubuntu / Debian，netplan 0.106 或更高版本，renderer 为 networkd（目标格式 netplan）
主机：x3650

绑定
----
bond0  active-backup（模式 1），从属接口 eth0 eth1
       IPv4 192.168.1.3/24，网关 192.168.1.1，MTU 1500
       选项：miimon=100

文件及其去处（本文件夹中的路径 -> 服务器上的路径）
--------------------------------------------------
etc/netplan/90-bondsmith.yaml  ->  /etc/netplan/90-bondsmith.yaml：绑定及其从属接口（权限 0600，属主 root）

1. 备份当前配置（回滚时需要）
  mkdir -p /root/bondsmith-backup
  cp -a /etc/netplan /root/bondsmith-backup/

2. 应用（请在控制台或带外管理会话中操作：网络会重启）
  进入本 netplan 文件夹，然后执行：
  install -m 600 -o root -g root etc/netplan/90-bondsmith.yaml /etc/netplan/90-bondsmith.yaml
  从 /etc/netplan 中的其他所有文件里删除 eth0、eth1
  （例如 50-cloud-init.yaml；这时还要把 “network: {config: disabled}” 写入
  /etc/cloud/cloud.cfg.d/99-disable-network-config.cfg，以免 cloud-init 把它们写回去）。
  netplan generate      （文件有效时不输出任何内容）
  netplan apply      （不要用 “netplan try”：它无法回滚绑定参数）

3. 检查
  cat /proc/net/bonding/bond0
    应看到以下各行（还会有其他行）：
      Bonding Mode: fault-tolerance (active-backup)
      Primary Slave: None
      Currently Active Slave: eth0
      MII Status: up
      MII Polling Interval (ms): 100
      Slave Interface: eth0
      MII Status: up
      Slave Interface: eth1
      MII Status: up
  networkctl status bond0
  netplan get bonds      （netplan 实际使用的合并后配置）

4. 交换机配置
  bond0（active-backup）：eth0、eth1 所连的交换机端口：无需交换机配置：同一 VLAN 中的普通接入端口即可（可以分别接在两台交换机上）。

5. 回滚
  rm -f /etc/netplan/90-bondsmith.yaml
  cp -a /root/bondsmith-backup/netplan/. /etc/netplan/
  ip link delete bond0      （netplan apply 不会删除旧的绑定）
  netplan apply

说明
----
数值按 netplan 的读法以毫秒为单位（learn-packet-interval 以秒为单位）；netplan
为 networkd 写出 MIIMonitorSec=100ms，为 NetworkManager 写出 miimon=100。
all-members-active 和 packets-per-member 是 netplan 0.106 起的名称；更早的
netplan 称之为 all-slaves-active 和 packets-per-slave。
该文件为整个系统设置 renderer networkd（Ubuntu Server 的默认值）。在由
NetworkManager 管理的桌面系统上，请改为 “renderer: NetworkManager”。
已用 netplan 0.106 和 systemd 252 的解析器检查。
`;

describe('netplan README in Simplified Chinese', () => {
  it('renders the seed design exactly, commands unchanged', () => {
    const file = netplanReadme(seedDesign(), 'etc/netplan/90-bondsmith.yaml', {
      language: 'zh-CN',
    });
    expect(file.path).toBe('README.txt');
    expect(file.contents).toBe(SEED_ZH_CN);
  });
});
