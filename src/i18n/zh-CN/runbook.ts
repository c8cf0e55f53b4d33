/** Simplified Chinese strings of the topology picture and the printable runbook (keys as en/runbook.ts). */
import type { runbook as en } from '../en/runbook';

export const runbook: typeof en = {
  open: '打印操作手册…',
  title: '{{host}} 的操作手册',
  unnamedHost: '未命名主机',
  intro:
    '在控制台操作所需的全部内容：设计概要、拓扑图，以及每种目标格式的文件、应用方法、绑定检查方法和回滚方法。',
  print: '打印',
  close: '关闭',
  loading: '正在加载操作手册…',
  blocked: '操作手册需要一个没有错误的设计，并至少选择一种目标格式。',
  summary: {
    heading: '设计概要',
    host: '主机：{{host}}',
    bond: '绑定',
    mode: '模式',
    modeName: '{{mode}}（模式 {{number}}）',
    slaves: '从属接口',
    noSlaves: '无',
    primary: '{{name}}（primary，首选）',
    addressing: '地址',
    static: 'IPv4 {{address}}/{{prefix}}',
    gateway: '网关 {{gateway}}',
    dhcp: 'IPv4 由 DHCP 分配',
    none: '无 IPv4 地址',
    mtu: 'MTU {{mtu}}',
    switch: '交换机端口',
    freeNics: '未加入绑定的网卡：{{names}}',
  },
  picture: {
    heading: '拓扑图',
    alt: '{{host}} 的拓扑：各绑定及其从属接口',
    downloadSvg: '下载 SVG',
    downloadPng: '下载 PNG',
    pngFailed: '此浏览器无法生成 PNG，请改为下载 SVG。',
  },
  target: {
    heading: '{{title}}（目标格式 {{id}}）',
    steps: '步骤：文件、应用、检查、回滚（README.txt）',
    files: '文件',
  },
};
