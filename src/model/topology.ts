/**
 * Immutable design transforms (Design -> Design) behind every edit: membership, add/remove,
 * renames that keep slaves, primary, active_slave, queue_id and layout keys consistent, and
 * mode changes that drop what the new mode refuses. Bonds and NICs are identified by name.
 */
import { createBond } from './defaults';
import { isOptionAccepted, OPTION_NAMES, parseQueueEntry } from './options';
import type { Bond, BondMode, BondOptions, Design, Ipv4, Nic, OptionName, Position } from './types';

function mapBonds(design: Design, fn: (bond: Bond) => Bond): Design {
  return { ...design, bonds: design.bonds.map(fn) };
}

function updateBond(design: Design, name: string, fn: (bond: Bond) => Bond): Design {
  return mapBonds(design, (bond) => (bond.name === name ? fn(bond) : bond));
}

/** Removes a NIC from a bond's slaves, clearing primary/active_slave/queue_id that named it. */
function withoutSlave(bond: Bond, nic: string): Bond {
  if (!bond.slaves.includes(nic)) return bond;
  const options: BondOptions = { ...bond.options };
  if (options.primary === nic) delete options.primary;
  if (options.active_slave === nic) delete options.active_slave;
  if (options.queue_id) {
    const kept = options.queue_id.filter((entry) => parseQueueEntry(entry)?.slave !== nic);
    if (kept.length > 0) options.queue_id = kept;
    else delete options.queue_id;
  }
  return { ...bond, slaves: bond.slaves.filter((s) => s !== nic), options };
}

/** Enslaves `nic` to `bond` (appended, enslave order), moving it out of any other bond. */
export function attachNic(design: Design, nic: string, bond: string): Design {
  const target = design.bonds.find((b) => b.name === bond);
  if (!target || target.slaves.includes(nic)) return design;
  return mapBonds(design, (b) =>
    b.name === bond ? { ...b, slaves: [...b.slaves, nic] } : withoutSlave(b, nic),
  );
}

/** Takes `nic` out of whatever bond holds it. */
export function detachNic(design: Design, nic: string): Design {
  if (!design.bonds.some((b) => b.slaves.includes(nic))) return design;
  return mapBonds(design, (b) => withoutSlave(b, nic));
}

function isNameTaken(design: Design, name: string): boolean {
  return design.nics.some((n) => n.name === name) || design.bonds.some((b) => b.name === name);
}

/** Adds a bond named with the next free bondN (active-backup, miimon 100). */
export function addBond(design: Design): { design: Design; name: string } {
  let index = 0;
  while (isNameTaken(design, `bond${index}`)) index += 1;
  const name = `bond${index}`;
  return { design: { ...design, bonds: [...design.bonds, createBond(name)] }, name };
}

function withoutLayoutKey(design: Design, key: string): Design {
  if (!design.layout || !Object.hasOwn(design.layout, key)) return design;
  const layout = { ...design.layout };
  delete layout[key];
  return { ...design, layout };
}

/** Removes a bond (its NICs become free) and its canvas position. */
export function removeBond(design: Design, bond: string): Design {
  const next = { ...design, bonds: design.bonds.filter((b) => b.name !== bond) };
  return withoutLayoutKey(next, `bond:${bond}`);
}

/** The next free ethN name. */
export function nextNicName(design: Design): string {
  let index = 0;
  while (isNameTaken(design, `eth${index}`)) index += 1;
  return `eth${index}`;
}

/** Adds a NIC (the caller picks a free name, e.g. with `nextNicName`). */
export function addNic(design: Design, nic: Nic): Design {
  return { ...design, nics: [...design.nics, nic] };
}

/** Removes a NIC, detaching it from its bond and dropping its canvas position. */
export function removeNic(design: Design, nic: string): Design {
  const detached = detachNic(design, nic);
  const next = { ...detached, nics: detached.nics.filter((n) => n.name !== nic) };
  return withoutLayoutKey(next, `nic:${nic}`);
}

function renameLayoutKey(design: Design, from: string, to: string): Design {
  if (!design.layout || !Object.hasOwn(design.layout, from)) return design;
  const layout = Object.fromEntries(
    Object.entries(design.layout).map(([key, pos]) => [key === from ? to : key, pos]),
  );
  return { ...design, layout };
}

function renameInOptions(options: BondOptions, from: string, to: string): BondOptions {
  const next: BondOptions = { ...options };
  if (next.primary === from) next.primary = to;
  if (next.active_slave === from) next.active_slave = to;
  if (next.queue_id) {
    next.queue_id = next.queue_id.map((entry) => {
      const parsed = parseQueueEntry(entry);
      return parsed?.slave === from ? `${to}:${parsed.queue}` : entry;
    });
  }
  return next;
}

/** Renames a NIC everywhere it is named: slaves, primary, active_slave, queue_id, layout. */
export function renameNic(design: Design, from: string, to: string): Design {
  if (from === to || !design.nics.some((n) => n.name === from)) return design;
  const next: Design = {
    ...design,
    nics: design.nics.map((n) => (n.name === from ? { ...n, name: to } : n)),
    bonds: design.bonds.map((b) =>
      b.slaves.includes(from)
        ? {
            ...b,
            slaves: b.slaves.map((s) => (s === from ? to : s)),
            options: renameInOptions(b.options, from, to),
          }
        : b,
    ),
  };
  return renameLayoutKey(next, `nic:${from}`, `nic:${to}`);
}

/** Renames a bond and its layout key. */
export function renameBond(design: Design, from: string, to: string): Design {
  if (from === to || !design.bonds.some((b) => b.name === from)) return design;
  const next = updateBond(design, from, (b) => ({ ...b, name: to }));
  return renameLayoutKey(next, `bond:${from}`, `bond:${to}`);
}

/** Sets a bond's mode and drops the options the new mode refuses (returned, canonical order). */
export function setMode(
  design: Design,
  bond: string,
  mode: BondMode,
): { design: Design; dropped: OptionName[] } {
  const current = design.bonds.find((b) => b.name === bond);
  if (!current) return { design, dropped: [] };
  const dropped = OPTION_NAMES.filter(
    (name) => current.options[name] !== undefined && !isOptionAccepted(name, mode),
  );
  const options: BondOptions = { ...current.options };
  for (const name of dropped) delete options[name];
  return { design: updateBond(design, bond, (b) => ({ ...b, mode, options })), dropped };
}

/** Sets one option; `undefined` removes it (the kernel default applies). */
export function setOption<K extends OptionName>(
  design: Design,
  bond: string,
  name: K,
  value: BondOptions[K] | undefined,
): Design {
  return updateBond(design, bond, (b) => {
    const options: BondOptions = { ...b.options };
    if (value === undefined) delete options[name];
    else options[name] = value;
    return { ...b, options };
  });
}

/** Sets or removes a bond's IPv4 addressing. */
export function setIpv4(design: Design, bond: string, ipv4: Ipv4 | undefined): Design {
  return updateBond(design, bond, (b) => {
    const next: Bond = { ...b };
    if (ipv4 === undefined) delete next.ipv4;
    else next.ipv4 = ipv4;
    return next;
  });
}

/** Sets or removes a bond's MTU. */
export function setMtu(design: Design, bond: string, mtu: number | undefined): Design {
  return updateBond(design, bond, (b) => {
    const next: Bond = { ...b };
    if (mtu === undefined) delete next.mtu;
    else next.mtu = mtu;
    return next;
  });
}

/** Sets the host name; an empty name removes it. */
export function setHostName(design: Design, name: string): Design {
  const host = { ...design.host };
  if (name === '') delete host.name;
  else host.name = name;
  return { ...design, host };
}

/** Changes a NIC's model, driver, MAC or speed (`undefined` removes a field). Use renameNic for names. */
export function updateNic(design: Design, nic: string, patch: Partial<Omit<Nic, 'name'>>): Design {
  return {
    ...design,
    nics: design.nics.map((n) => {
      if (n.name !== nic) return n;
      const next: Nic = { ...n, ...patch, name: n.name };
      for (const key of ['model', 'driver', 'mac', 'speed'] as const) {
        if (next[key] === undefined) delete next[key];
      }
      return next;
    }),
  };
}

/** Stores a node's canvas position under `nic:<name>` or `bond:<name>`. */
export function setLayout(design: Design, key: string, pos: Position): Design {
  return { ...design, layout: { ...design.layout, [key]: { x: pos.x, y: pos.y } } };
}
