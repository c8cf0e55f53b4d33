/**
 * Guesses the format of one input file from its name and a glance at its text, so the command
 * line can take a directory's worth of files without a `--from`. Nothing is parsed deeply here;
 * a file that matches nothing is reported by the caller.
 */
import type { ImportFormat, SourceFile } from './types';

/** The last path segment (either slash style), which carries the format's naming convention. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] ?? path;
}

function hasLine(text: string, pattern: RegExp): boolean {
  return text.split(/\r?\n/).some((line) => pattern.test(line));
}

function detectIfcfg(text: string): ImportFormat {
  return hasLine(text, /^\s*BONDING_OPTS\s*=/) ? 'rhel' : 'rhel5';
}

function detectYaml(text: string): ImportFormat | undefined {
  if (
    hasLine(text, /^[\s-]*network_connections\s*:/) ||
    hasLine(text, /(linux|rhel)[-_]system[-_]roles\.network\s*$/)
  ) {
    return 'ansible';
  }
  if (hasLine(text, /^network\s*:/)) {
    return 'netplan';
  }
  if (hasLine(text, /^interfaces\s*:/)) {
    return 'nmstate';
  }
  return undefined;
}

// `nmcli c[onnection] a[dd]` and `ip l[ink] a[dd] … type bond`, abbreviated as the tools allow;
// continuation lines are joined first. A script that only deletes bonds (a roll back) is neither.
const NMCLI_ADD =
  /\bnmcli\s+(?:-\S+\s+(?:[0-9]+\s+)?)*(?:c|co|con|conn|conne|connec|connect|connecti|connectio|connection)\s+(?:a|ad|add)\s/;
const IP_LINK_ADD_BOND = /\bip\s+(?:-\S+\s+)*(?:l|li|lin|link)\s+(?:a|ad|add)\s.*\btype\s+bond\b/;

function detectScript(text: string): ImportFormat | undefined {
  const joined = text.replace(/\\\r?\n/g, ' ');
  if (hasLine(joined, NMCLI_ADD)) {
    return 'nmcli';
  }
  if (hasLine(joined, IP_LINK_ADD_BOND)) {
    return 'iproute2';
  }
  return undefined;
}

function detectByName(name: string, text: string): ImportFormat | undefined {
  if (name.startsWith('ifcfg-')) {
    return detectIfcfg(text);
  }
  if (name === 'modprobe.conf' || name === 'rc.local' || name === 'modules.conf') {
    return 'rhel5';
  }
  if (name.endsWith('.nmconnection')) {
    return 'nm-keyfile';
  }
  if (name.endsWith('.netdev') || name.endsWith('.network')) {
    return 'networkd';
  }
  if (name === 'interfaces') {
    return 'ifupdown';
  }
  if (name.endsWith('.yaml') || name.endsWith('.yml')) {
    return detectYaml(text);
  }
  return undefined;
}

function detectByContent(text: string): ImportFormat | undefined {
  if (/^\s*Ethernet Channel Bonding Driver/.test(text)) {
    return 'proc';
  }
  if (/^\s*\d+:\s+[^\s:]+(@[^\s:]+)?:\s+<[^>]*>/m.test(text)) {
    return 'ip-link';
  }
  const script = detectScript(text);
  if (script !== undefined) {
    return script;
  }
  if (hasLine(text, /^\s*\[connection\]\s*$/)) {
    return 'nm-keyfile';
  }
  if (hasLine(text, /^\s*\[(NetDev|Match|Network)\]\s*$/)) {
    return 'networkd';
  }
  const yaml = detectYaml(text);
  if (yaml !== undefined) {
    return yaml;
  }
  if (hasLine(text, /^\s*(DEVICE|BONDING_OPTS|MASTER)\s*=/)) {
    return detectIfcfg(text);
  }
  if (
    hasLine(text, /^\s*(alias|options)\s+bond\S*\s/) ||
    hasLine(text, /^\s*(\S*\/)?ifenslave\s/)
  ) {
    return 'rhel5';
  }
  if (hasLine(text, /^\s*iface\s+\S+/)) {
    return 'ifupdown';
  }
  return undefined;
}

/**
 * The format `file` is written in, or undefined when neither its name nor its text tells.
 * A name is trusted first (ifcfg-*, *.nmconnection, *.netdev, interfaces, modprobe.conf ...),
 * then the text (the /proc banner, `ip -d link` lines, scripts of `nmcli connection add` or
 * `ip link add … type bond`, ini sections, YAML roots and network_connections, iface stanzas).
 * @example detectFormat({ path: 'etc/sysconfig/network-scripts/ifcfg-bond0', text: 'DEVICE=bond0' })
 *   // 'rhel5'
 */
export function detectFormat(file: SourceFile): ImportFormat | undefined {
  const name = baseName(file.path);
  return detectByName(name, file.text) ?? detectByContent(file.text);
}
