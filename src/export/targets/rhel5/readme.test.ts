import { describe, expect, it } from 'vitest';
import { seedDesign } from '../../testing/designs';
import { readme } from './readme';

const SEED_ZH_CN = `Bondsmith 配置包：Red Hat Enterprise Linux 5 / CentOS 5（目标格式 rhel5）
主机：x3650

绑定
----
bond0  active-backup（模式 1），从属接口 eth0 eth1
       IPv4 192.168.1.3/24，网关 192.168.1.1，MTU 1500
       选项：miimon=100

文件及其去处（本文件夹中的路径 -> 服务器上的路径）
--------------------------------------------------
etc/sysconfig/network-scripts/ifcfg-bond0  ->  /etc/sysconfig/network-scripts/ifcfg-bond0：绑定 bond0（新文件）
etc/sysconfig/network-scripts/ifcfg-eth0   ->  /etc/sysconfig/network-scripts/ifcfg-eth0：网卡 eth0，bond0 的从属接口（替换该网卡原有的文件）
etc/sysconfig/network-scripts/ifcfg-eth1   ->  /etc/sysconfig/network-scripts/ifcfg-eth1：网卡 eth1，bond0 的从属接口（替换该网卡原有的文件）
etc/modprobe.conf                          ->  /etc/modprobe.conf：合并，不要替换：保留其中的其他行（scsi_hostadapter ...），删除针对这些绑定和网卡的旧行
etc/rc.d/rc.local                          ->  /etc/rc.d/rc.local：RHEL5 自带的脚本加上 ifenslave 行（权限 0755）；如果你的文件里另有内容，只追加我们的行

1. 备份当前配置（回滚时需要）
  mkdir -p /root/bondsmith-backup
  cp -a /etc/sysconfig/network-scripts /etc/modprobe.conf /etc/rc.d/rc.local /root/bondsmith-backup/

2. 应用（请在控制台或带外管理会话中操作：网络会重启）
  进入本 rhel5 文件夹，然后执行：
  cp etc/sysconfig/network-scripts/ifcfg-bond0 /etc/sysconfig/network-scripts/ifcfg-bond0
  cp etc/sysconfig/network-scripts/ifcfg-eth0 /etc/sysconfig/network-scripts/ifcfg-eth0
  cp etc/sysconfig/network-scripts/ifcfg-eth1 /etc/sysconfig/network-scripts/ifcfg-eth1
  vi /etc/modprobe.conf      （按上文说明合并 etc/modprobe.conf）
  cp etc/rc.d/rc.local /etc/rc.d/rc.local && chmod 755 /etc/rc.d/rc.local
  service network stop
  rmmod bonding      （让新参数生效；出现 “not loaded” 提示没有关系）
  service network start      （或重启）

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
  ifconfig bond0      （标志为 UP ... MASTER；其从属接口显示 SLAVE）
  ping -c 3 192.168.1.1

4. 交换机配置
  bond0（active-backup）：eth0、eth1 所连的交换机端口：无需交换机配置：同一 VLAN 中的普通接入端口即可（可以分别接在两台交换机上）。

5. 回滚
  service network stop
  rmmod bonding
  rm -f /etc/sysconfig/network-scripts/ifcfg-bond0
  cp -a /root/bondsmith-backup/network-scripts/. /etc/sysconfig/network-scripts/      （恢复网卡文件）
  cp -a /root/bondsmith-backup/modprobe.conf /etc/modprobe.conf
  cp -a /root/bondsmith-backup/rc.local /etc/rc.d/rc.local
  service network start

说明
----
绑定选项以模块参数的形式写入 /etc/modprobe.conf（枚举值写为数字）：
  bond0: miimon=100 mode=1
rc.local 中的 ifenslave（iputils 软件包）只是重复 SLAVE=yes 在开机时已经完成的操作。
`;

describe('rhel5 README in Simplified Chinese', () => {
  it('renders the seed design exactly, commands unchanged', () => {
    const file = readme(seedDesign(), { language: 'zh-CN' });
    expect(file.path).toBe('README.txt');
    expect(file.contents).toBe(SEED_ZH_CN);
  });
});
