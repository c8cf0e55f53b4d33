/**
 * The words of the topology picture in each bundle language. They live beside the renderer, not
 * in the i18next catalogues, because src/export stays pure and the command line draws it too.
 */

/** Languages the picture is drawn in. */
export type TopologyLanguage = 'en' | 'zh-CN';

/** Every phrase of the picture; a language missing one fails the typecheck. */
export interface TopologyLabels {
  /** The SVG <title>: names the tool and the host, so the file describes itself. */
  title: (host: string) => string;
  /** Heading over the bonds. */
  host: (host: string) => string;
  unnamedHost: string;
  mode: (mode: string, number: number) => string;
  staticIpv4: (address: string, prefix: number) => string;
  gateway: (gateway: string) => string;
  dhcp: string;
  noIpv4: string;
  mtu: (mtu: number) => string;
  defaultMtu: string;
  primary: string;
  noSlaves: string;
  unknownModel: string;
  driver: (driver: string) => string;
  unknownDriver: string;
  speed: (speed: number) => string;
  freeNics: string;
  /** One sentence per bond for the SVG <desc>. */
  describeBond: (bond: string, parts: string[]) => string;
  slaves: (names: string) => string;
  describeFree: (names: string) => string;
  listSeparator: string;
}

/** The picture's phrases by language. */
export const TOPOLOGY_LABELS: Record<TopologyLanguage, TopologyLabels> = {
  en: {
    title: (host) => `Bondsmith bond topology of host ${host}`,
    host: (host) => `Host ${host}`,
    unnamedHost: '(unnamed)',
    mode: (mode, number) => `${mode} (mode ${number})`,
    staticIpv4: (address, prefix) => `IPv4 ${address}/${prefix}`,
    gateway: (gateway) => `gateway ${gateway}`,
    dhcp: 'IPv4 by DHCP',
    noIpv4: 'no IPv4 address',
    mtu: (mtu) => `MTU ${mtu}`,
    defaultMtu: 'MTU default',
    primary: 'primary',
    noSlaves: 'no slaves',
    unknownModel: 'model unknown',
    driver: (driver) => `driver ${driver}`,
    unknownDriver: 'driver unknown',
    speed: (speed) => `${speed} Mb/s`,
    freeNics: 'NICs not in a bond',
    describeBond: (bond, parts) => `${bond}: ${parts.join(', ')}.`,
    slaves: (names) => `slaves ${names}`,
    describeFree: (names) => `NICs not in a bond: ${names}.`,
    listSeparator: ', ',
  },
  'zh-CN': {
    title: (host) => `Bondsmith 绘制的主机 ${host} 绑定拓扑`,
    host: (host) => `主机 ${host}`,
    unnamedHost: '（未命名）',
    mode: (mode, number) => `${mode}（模式 ${number}）`,
    staticIpv4: (address, prefix) => `IPv4 ${address}/${prefix}`,
    gateway: (gateway) => `网关 ${gateway}`,
    dhcp: 'IPv4 由 DHCP 分配',
    noIpv4: '无 IPv4 地址',
    mtu: (mtu) => `MTU ${mtu}`,
    defaultMtu: 'MTU 默认',
    primary: '首选（primary）',
    noSlaves: '无从属接口',
    unknownModel: '型号未知',
    driver: (driver) => `驱动 ${driver}`,
    unknownDriver: '驱动未知',
    speed: (speed) => `${speed} Mb/s`,
    freeNics: '未加入绑定的网卡',
    describeBond: (bond, parts) => `${bond}：${parts.join('，')}。`,
    slaves: (names) => `从属接口 ${names}`,
    describeFree: (names) => `未加入绑定的网卡：${names}。`,
    listSeparator: '、',
  },
};
