/**
 * Where the lab diagram draws things: the bond on top, its slaves in a row, the switch below,
 * and the path a packet takes from the bond through a slave's cable to the switch.
 */
import type { FlightPath } from './packet-layer';

/** A box in SVG user units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The diagram's boxes for `slaveCount` slaves. */
export interface DiagramGeometry {
  width: number;
  height: number;
  bond: Box;
  slaves: Box[];
  switchBox: Box;
}

const WIDTH = 640;
const HEIGHT = 300;
const SLAVE_WIDTH = 96;
const BOX_HEIGHT = 44;

/** Lays out the bond, `slaveCount` slave boxes spread evenly, and the switch. */
export function diagramGeometry(slaveCount: number): DiagramGeometry {
  const slot = WIDTH / Math.max(slaveCount, 1);
  const slaves = Array.from({ length: slaveCount }, (_, index) => ({
    x: slot * index + (slot - SLAVE_WIDTH) / 2,
    y: 120,
    width: SLAVE_WIDTH,
    height: BOX_HEIGHT,
  }));
  return {
    width: WIDTH,
    height: HEIGHT,
    bond: { x: WIDTH / 2 - 80, y: 16, width: 160, height: BOX_HEIGHT },
    slaves,
    switchBox: { x: 40, y: HEIGHT - 60, width: WIDTH - 80, height: BOX_HEIGHT },
  };
}

/** Centre x of a box. */
export function centreX(box: Box): number {
  return box.x + box.width / 2;
}

/** Bond bottom → slave top, through the slave, down its cable to the switch. */
export function flightPath(geometry: DiagramGeometry, slaveIndex: number): FlightPath {
  const slave = geometry.slaves[slaveIndex];
  if (!slave) return [];
  const x = centreX(slave);
  return [
    [centreX(geometry.bond), geometry.bond.y + geometry.bond.height],
    [x, slave.y],
    [x, slave.y + slave.height],
    [x, geometry.switchBox.y],
  ];
}
