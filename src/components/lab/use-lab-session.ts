/**
 * One lab session: a simulator for the chosen bond and kernel, the traffic played in a loop at
 * a rate, single steps, cable cuts, and what the screen shows (state snapshot, last decision,
 * link-change summary). Packets in flight go to the packet layer, never to React state.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { failoverTimeline } from '../../sim/link-monitor';
import { createSimulator } from '../../sim/simulator';
import type {
  Decision,
  FailoverTimeline,
  Kernel,
  SimBond,
  SimPacket,
  SimState,
  Simulator,
} from '../../sim/types';

/** The last packet sent and where it went. */
export interface SentPacket {
  number: number;
  packet: SimPacket;
  decision: Decision;
}

/** A cable the user cut or restored, and what the monitor does about it. */
export interface LinkChange {
  slave: string;
  up: boolean;
  atMs: number;
  timeline: FailoverTimeline;
}

/** Everything a session shows and the verbs that drive it. */
export interface LabSession {
  state: SimState;
  last: SentPacket | null;
  sent: number;
  dropped: number;
  changes: LinkChange[];
  playing: boolean;
  play: () => void;
  pause: () => void;
  step: () => void;
  toggleLink: (slave: string) => void;
}

/** Called for every packet sent, to animate it. */
export type OnSent = (packet: SimPacket, decision: Decision) => void;

/** Re-render at most this often while playing: counters stay readable, React stays idle. */
const RENDER_EVERY_MS = 100;
/** A frame that took longer than this (tab in background) does not send a burst. */
const MAX_FRAME_MS = 250;

/** Runs `bond` with `packets` looping; a new session (remount) starts from scratch. */
export function useLabSession(
  bond: SimBond,
  packets: readonly SimPacket[],
  kernel: Kernel,
  rate: number,
  onSent: OnSent,
): LabSession {
  const [sim] = useState<Simulator>(() => createSimulator(bond, { kernel, seed: 1 }));
  const counts = useRef({ sent: 0, dropped: 0, clock: 0, due: 0 });
  const [view, setView] = useState(() => ({
    state: sim.state(),
    last: null as SentPacket | null,
    sent: 0,
    dropped: 0,
  }));
  const [changes, setChanges] = useState<LinkChange[]>([]);
  const [playing, setPlaying] = useState(false);
  const lastRef = useRef<SentPacket | null>(null);
  const onSentRef = useRef(onSent);
  useEffect(() => {
    onSentRef.current = onSent;
  }, [onSent]);

  const sendNext = useCallback(() => {
    const packet = packets[counts.current.sent % Math.max(packets.length, 1)];
    if (!packet) return;
    const decision = sim.send(packet);
    counts.current.sent += 1;
    if (decision.slaves.length === 0) counts.current.dropped += 1;
    lastRef.current = { number: counts.current.sent, packet, decision };
    onSentRef.current(packet, decision);
  }, [packets, sim]);

  const publish = useCallback(() => {
    const { sent, dropped } = counts.current;
    setView({ state: sim.state(), last: lastRef.current, sent, dropped });
  }, [sim]);

  useEffect(() => {
    if (!playing) return undefined;
    let frame = 0;
    let previous = performance.now();
    let rendered = previous;
    const tick = (now: number) => {
      const elapsed = Math.min(now - previous, MAX_FRAME_MS);
      previous = now;
      const c = counts.current;
      c.clock += elapsed;
      sim.advance(Math.floor(c.clock));
      c.due += (elapsed * rate) / 1000;
      for (; c.due >= 1; c.due -= 1) sendNext();
      if (now - rendered >= RENDER_EVERY_MS) {
        rendered = now;
        publish();
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
      publish();
    };
  }, [playing, rate, sim, sendNext, publish]);

  const step = useCallback(() => {
    sendNext();
    publish();
  }, [sendNext, publish]);

  const toggleLink = useCallback(
    (slave: string) => {
      const before = sim.state();
      const carrier = before.slaves.find((s) => s.name === slave)?.carrier ?? true;
      const atMs = Math.floor(counts.current.clock);
      const timeline = failoverTimeline(bond.options, { slave, up: !carrier, atMs }, kernel, {
        mode: bond.mode,
        wasActive: before.active === slave,
      });
      sim.setLink(slave, !carrier, atMs);
      if (!playing) {
        // Paused: run the clock through the monitor's reaction so its outcome is on screen.
        const end = Math.max(atMs, ...timeline.events.map((event) => event.atMs));
        counts.current.clock = end;
        sim.advance(end);
      }
      setChanges((list) => [...list, { slave, up: !carrier, atMs, timeline }]);
      publish();
    },
    [bond, kernel, playing, publish, sim],
  );

  return {
    state: view.state,
    last: view.last,
    sent: view.sent,
    dropped: view.dropped,
    changes,
    playing,
    play: () => setPlaying(true),
    pause: () => setPlaying(false),
    step,
    toggleLink,
  };
}
