/**
 * Packets in flight, drawn imperatively in one SVG group: a pool of circles moved by one
 * requestAnimationFrame loop, so hundreds of packets cost no React renders at all.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A path a packet follows: straight segments through these points. */
export type FlightPath = readonly (readonly [number, number])[];

interface Flight {
  circle: SVGCircleElement;
  path: FlightPath;
  start: number;
}

/** Animates packets along paths inside `group`; `durationMs` is one trip. */
export interface PacketLayer {
  launch(path: FlightPath, colour: number): void;
  /** Number of packets currently drawn. */
  inFlight(): number;
  /** Removes every packet and stops the loop. */
  clear(): void;
}

/** Where along `path` a packet is after fraction `t` (0..1) of its trip, by segment length. */
export function pointAlong(path: FlightPath, t: number): [number, number] {
  const lengths = path.slice(1).map((point, index) => {
    const previous = path[index] ?? point;
    return Math.hypot(point[0] - previous[0], point[1] - previous[1]);
  });
  const total = lengths.reduce((sum, length) => sum + length, 0);
  let remaining = Math.min(Math.max(t, 0), 1) * total;
  for (let index = 0; index < lengths.length; index += 1) {
    const length = lengths[index] ?? 0;
    const from = path[index];
    const to = path[index + 1];
    if (from && to && (remaining <= length || index === lengths.length - 1)) {
      const f = length === 0 ? 1 : Math.min(remaining / length, 1);
      return [from[0] + (to[0] - from[0]) * f, from[1] + (to[1] - from[1]) * f];
    }
    remaining -= length;
  }
  const last = path[path.length - 1] ?? [0, 0];
  return [last[0], last[1]];
}

/** Creates the layer for `group`; circles get class `packet flow-N` for their colour. */
export function createPacketLayer(group: SVGGElement, durationMs: number): PacketLayer {
  const flights: Flight[] = [];
  const spare: SVGCircleElement[] = [];
  let frame = 0;

  const tick = (now: number) => {
    let kept = 0;
    for (const flight of flights) {
      const t = (now - flight.start) / durationMs;
      if (t >= 1) {
        flight.circle.style.display = 'none';
        spare.push(flight.circle);
        continue;
      }
      const [x, y] = pointAlong(flight.path, t);
      flight.circle.setAttribute('cx', x.toFixed(1));
      flight.circle.setAttribute('cy', y.toFixed(1));
      flights[kept] = flight;
      kept += 1;
    }
    flights.length = kept;
    frame = kept > 0 ? requestAnimationFrame(tick) : 0;
  };

  return {
    launch(path, colour) {
      const circle = spare.pop() ?? document.createElementNS(SVG_NS, 'circle');
      if (!circle.isConnected) {
        circle.setAttribute('r', '4');
        group.appendChild(circle);
      }
      circle.setAttribute('class', `packet flow-${colour}`);
      const [x, y] = pointAlong(path, 0);
      circle.setAttribute('cx', String(x));
      circle.setAttribute('cy', String(y));
      circle.style.display = '';
      flights.push({ circle, path, start: performance.now() });
      if (frame === 0) frame = requestAnimationFrame(tick);
    },
    inFlight: () => flights.length,
    clear() {
      cancelAnimationFrame(frame);
      frame = 0;
      for (const flight of flights) {
        flight.circle.style.display = 'none';
        spare.push(flight.circle);
      }
      flights.length = 0;
    },
  };
}
