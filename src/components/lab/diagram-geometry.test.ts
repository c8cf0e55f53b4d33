// The diagram's layout and the packet path through a slave, and pointAlong's interpolation.
import { describe, expect, it } from 'vitest';
import { diagramGeometry, flightPath } from './diagram-geometry';
import { pointAlong } from './packet-layer';

describe('diagramGeometry', () => {
  it('centres two slaves in halves of the width', () => {
    const g = diagramGeometry(2);
    expect(g.slaves.map((box) => box.x + box.width / 2)).toEqual([160, 480]);
  });

  it('routes a packet bond → slave → switch', () => {
    const g = diagramGeometry(2);
    expect(flightPath(g, 1)).toEqual([
      [320, 60],
      [480, 120],
      [480, 164],
      [480, 240],
    ]);
    expect(flightPath(g, 2)).toEqual([]);
  });
});

describe('pointAlong', () => {
  const path = [
    [0, 0],
    [30, 40],
    [30, 90],
  ] as const;

  it.each([
    [0, [0, 0]],
    [0.3, [18, 24]],
    [0.5, [30, 40]],
    [0.75, [30, 65]],
    [1, [30, 90]],
    [2, [30, 90]],
  ] as const)('at %f of the trip is at %j', (t, point) => {
    const [x, y] = pointAlong(path, t);
    expect([Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000]).toEqual(point);
  });
});
