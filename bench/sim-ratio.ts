/**
 * The simulator's packets per second against the bare hash loop of sim-baseline.ts on the same
 * 100,000 packet objects (balance-xor, layer3+4, two slaves, a current kernel): processor time,
 * medians of five runs each after five untimed warm-up runs, once both are checked to pick the
 * same slave for every packet. The budget (ratio ≥ 0.5) is for `explain: false`, which decides
 * where packets go as the bare loop does; `explain: true` (the Lab's and CLI's default, every
 * hash input and step recorded) is printed beside it.
 * Run alone with `npx tsx bench/sim-ratio.ts`; scripts/bench.mjs imports `simRatio`.
 */
import { pathToFileURL } from 'node:url';
import { createSimulator } from '../src/sim/simulator';
import type { SimBond, SimPacket, SimulatorOptions } from '../src/sim/types';
import { baselineRun } from './sim-baseline';

/** What `simRatio` measured: packets per second (medians) and simulator / baseline. */
export interface SimRatio {
  packets: number;
  runs: number;
  /** The simulator's `explain` option during the runs. */
  explain: boolean;
  simulator: number;
  baseline: number;
  ratio: number;
}

/** The bench's bond: balance-xor, layer3+4, eth0 + eth1 up (as scripts/bench.mjs always had). */
export const BENCH_BOND: SimBond = {
  mode: 'balance-xor',
  options: { miimon: 100, xmit_hash_policy: 'layer3+4' },
  mac: '00:1a:64:00:00:01',
  slaves: ['eth0', 'eth1'].map((name, index) => ({
    name,
    up: true,
    speed: 1000,
    mac: `00:1a:64:00:00:0${index + 1}`,
  })),
};

/** The bench's packets: one source, `count` distinct destinations, 1,000 source ports, TCP. */
export function benchPackets(count: number): SimPacket[] {
  return Array.from({ length: count }, (_, index) => ({
    src_mac: '00:1a:64:00:00:01',
    dst_mac: '00:00:5e:00:01:01',
    src_ip: '192.168.1.3',
    dst_ip: `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`,
    proto: 'tcp',
    src_port: 40000 + (index % 1000),
    dst_port: 443,
  }));
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

// Processor time of this process (µs → ms), not wall time: on a shared machine the wall clock
// also counts the time other processes held the CPU, which swamps a 10 ms loop. Garbage
// collection threads count, so the simulator's allocations stay in its figure.
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Packets per second of the simulator (a fresh bond each run) and of the bare loop. */
function timedRun(
  packets: readonly SimPacket[],
  options: SimulatorOptions,
  out: Int32Array,
): { simulator: number; baseline: number } {
  const simulator = createSimulator(BENCH_BOND, options);
  const start = cpuMs();
  for (const packet of packets) simulator.send(packet);
  const middle = cpuMs();
  baselineRun(packets, BENCH_BOND.slaves.length, out);
  const end = cpuMs();
  return {
    simulator: packets.length / ((middle - start) / 1000),
    baseline: packets.length / ((end - middle) / 1000),
  };
}

/** Throws unless the simulator and the bare loop send every packet by the same slave. */
function assertSameSlaves(packets: readonly SimPacket[], options: SimulatorOptions): void {
  const simulator = createSimulator(BENCH_BOND, options);
  const out = new Int32Array(packets.length);
  baselineRun(packets, BENCH_BOND.slaves.length, out);
  packets.forEach((packet, index) => {
    const sent = simulator.send(packet).slaves;
    const expected = BENCH_BOND.slaves[out[index] ?? -1]?.name;
    if (sent.length !== 1 || sent[0] !== expected) {
      throw new Error(`packet ${index}: simulator ${sent.join('+')}, baseline ${expected}`);
    }
  });
}

// Untimed runs first, so both loops are measured optimised rather than while the JIT compiles.
const WARM_UP_RUNS = 5;

/**
 * Times the simulator against the bare loop `runs` times (after untimed warm-up runs) and
 * returns the medians and their ratio (≥ 0.5 is the budget). `explain` is the simulator's
 * option: false (the default here) measures where packets go, as the bare loop does; true
 * also builds every hash's inputs and steps, as the Lab and the command line ask for.
 */
export function simRatio({ count = 100_000, runs = 5, explain = false } = {}): SimRatio {
  const packets = benchPackets(count);
  const options: SimulatorOptions = { kernel: 'current', explain };
  assertSameSlaves(packets, options);
  const out = new Int32Array(packets.length);
  for (let run = 0; run < WARM_UP_RUNS; run += 1) timedRun(packets, options, out);
  const simulator: number[] = [];
  const baseline: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const rates = timedRun(packets, options, out);
    simulator.push(rates.simulator);
    baseline.push(rates.baseline);
  }
  const sim = median(simulator);
  const base = median(baseline);
  return { packets: count, runs, explain, simulator: sim, baseline: base, ratio: sim / base };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rate = (value: number) => Math.round(value).toLocaleString('en').padStart(11);
  for (const explain of [false, true]) {
    const result = simRatio({ explain });
    console.log(
      `simulator${explain ? ' (explain)' : '          '} ${rate(result.simulator)} packets/s, bare loop ${rate(result.baseline)} packets/s, ratio ${result.ratio.toFixed(3)}${explain ? '' : ' (budget ≥ 0.5)'}`,
    );
  }
}
