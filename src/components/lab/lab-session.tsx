/**
 * One running lab: playback controls, the diagram with flying packets, counters, "why this
 * slave", link events, /proc and the seven-mode comparison for one bond, traffic and kernel.
 * Remounted (by key) whenever those change, so a session always starts fresh.
 */
import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, Kernel, SimBond, SimPacket } from '../../sim/types';
import { BondDiagram } from './bond-diagram';
import { diagramGeometry, flightPath } from './diagram-geometry';
import { flowColour } from './lab-setup';
import { LinkEvents } from './link-events';
import { ModeComparison } from './mode-comparison';
import { createPacketLayer, type PacketLayer } from './packet-layer';
import { PlaybackControls } from './playback-controls';
import { ProcView } from './proc-view';
import { SlaveCounters } from './slave-counters';
import { useLabSession } from './use-lab-session';
import { useReducedMotion } from './use-reduced-motion';
import { WhyThisSlave } from './why-this-slave';

/** How long one packet takes from the bond to the switch on screen. */
const FLIGHT_MS = 1000;

interface LabSessionProps {
  bondName: string;
  bond: SimBond;
  packets: readonly SimPacket[];
  kernel: Kernel;
  rate: number;
}

/** The lab for `bond` sending `packets` in a loop at `rate` packets per second. */
export function LabSession({ bondName, bond, packets, kernel, rate }: LabSessionProps) {
  const { t } = useTranslation();
  const reducedMotion = useReducedMotion();
  const geometry = useMemo(() => diagramGeometry(bond.slaves.length), [bond]);
  const slaveIndex = useMemo(
    () => new Map(bond.slaves.map((slave, index) => [slave.name, index])),
    [bond],
  );
  const layer = useRef<PacketLayer | null>(null);
  const packetGroup = useCallback((group: SVGGElement | null) => {
    layer.current?.clear();
    layer.current = group ? createPacketLayer(group, FLIGHT_MS) : null;
  }, []);
  const onSent = useCallback(
    (packet: SimPacket, decision: Decision) => {
      if (reducedMotion || !layer.current) return;
      const colour = flowColour(packet);
      for (const slave of decision.slaves) {
        layer.current.launch(flightPath(geometry, slaveIndex.get(slave) ?? -1), colour);
      }
    },
    [geometry, reducedMotion, slaveIndex],
  );
  const session = useLabSession(bond, packets, kernel, rate, onSent);
  return (
    <div className="lab-session">
      <div className="lab-main">
        <PlaybackControls session={session} />
        <BondDiagram
          bondName={bondName}
          geometry={geometry}
          state={session.state}
          packetLayer={packetGroup}
          onToggleLink={session.toggleLink}
        />
        <p className="lab-stats">
          {t('lab.controls.clock', { ms: session.state.nowMs })} ·{' '}
          {t('lab.controls.sent', { count: session.sent })} ·{' '}
          {t('lab.controls.dropped', { count: session.dropped })}
        </p>
        <SlaveCounters state={session.state} />
        <LinkEvents changes={session.changes} events={session.state.events} />
      </div>
      <div className="lab-side">
        <WhyThisSlave last={session.last} />
        <ProcView bondName={bondName} bond={bond} state={session.state} kernel={kernel} />
      </div>
      <ModeComparison bond={bond} packets={packets} kernel={kernel} />
    </div>
  );
}
