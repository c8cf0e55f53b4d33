/**
 * Rules on the host and its NICs: names the kernel (and our config files) accept, drivers,
 * MACs, speeds, the model text, and names shared between NICs and bonds.
 * Authority: dev_valid_name (net/core/dev.c), is_valid_ether_addr, modprobe module names.
 */
import { errorAt, warningAt } from './findings';
import { jsonPointer } from './json-pointer';
import {
  isMulticastMac,
  isOneLineText,
  isValidHostName,
  isValidMac,
  isValidModuleName,
} from './names';
import { ifnameFindings } from './rule-helpers';
import type { Design, Finding, Nic } from './types';

/** Highest speed accepted, in Mb/s (800 Gb/s Ethernet exists; more is a typo). */
const MAX_SPEED = 800000;

/** The host name, when set, is an RFC 1123 name. */
export function ruleHostName(design: Design): Finding[] {
  const name = design.host?.name;
  if (name === undefined || name === '' || isValidHostName(name)) return [];
  return [errorAt('host-name-invalid', '/host/name', { name })];
}

/** Every NIC name is a valid interface name. */
export function ruleNicNames(nic: Nic, i: number): Finding[] {
  return ifnameFindings(nic.name, jsonPointer('nics', i, 'name'));
}

/** A NIC driver is a kernel module name (it is written into modprobe configuration). */
export function ruleNicDrivers(nic: Nic, i: number): Finding[] {
  return nic.driver === undefined || isValidModuleName(nic.driver)
    ? []
    : [errorAt('nic-driver-invalid', jsonPointer('nics', i, 'driver'), { driver: nic.driver })];
}

/** A NIC MAC is a valid unicast address; the same MAC on two NICs is suspicious. */
export function ruleNicMacs(design: Design): Finding[] {
  const seen = new Map<string, string>();
  return design.nics.flatMap((nic, i) => {
    if (nic.mac === undefined) return [];
    const path = jsonPointer('nics', i, 'mac');
    if (!isValidMac(nic.mac)) return [errorAt('nic-mac-invalid', path, { mac: nic.mac })];
    const key = nic.mac.toLowerCase();
    if (isMulticastMac(key) || key === '00:00:00:00:00:00') {
      return [errorAt('nic-mac-not-unicast', path, { mac: nic.mac })];
    }
    const first = seen.get(key);
    if (first !== undefined)
      return [warningAt('nic-mac-duplicate', path, { mac: nic.mac, nic: first })];
    seen.set(key, nic.name);
    return [];
  });
}

/** A NIC speed is a positive whole number of Mb/s. */
export function ruleNicSpeeds(nic: Nic, i: number): Finding[] {
  return nic.speed === undefined ||
    (Number.isInteger(nic.speed) && nic.speed > 0 && nic.speed <= MAX_SPEED)
    ? []
    : [
        errorAt('nic-speed-invalid', jsonPointer('nics', i, 'speed'), {
          speed: String(nic.speed),
          max: MAX_SPEED,
        }),
      ];
}

/** The NIC model is written as a comment line, so it must stay on one line. */
export function ruleNicModels(nic: Nic, i: number): Finding[] {
  return nic.model === undefined || isOneLineText(nic.model)
    ? []
    : [errorAt('nic-model-invalid', jsonPointer('nics', i, 'model'))];
}

/** NICs and bonds share one kernel namespace of interface names. */
export function ruleDuplicateNames(design: Design): Finding[] {
  const seen = new Set<string>();
  const entries = [
    ...design.nics.map((nic, i) => ({ name: nic.name, list: 'nics', i })),
    ...design.bonds.map((bond, i) => ({ name: bond.name, list: 'bonds', i })),
  ];
  return entries.flatMap(({ name, list, i }) => {
    if (name === '') return [];
    if (seen.has(name)) return [errorAt('name-duplicate', jsonPointer(list, i, 'name'), { name })];
    seen.add(name);
    return [];
  });
}
