/**
 * The `bondsmith` command line (shared/spec/design-and-cli.md): dispatches check, export,
 * targets and simulate. `run` takes its I/O as an argument so tests drive it in-process;
 * bin/bondsmith.mjs wires it to the real process.
 */
import { parseArgs } from 'node:util';
import type { TFunction } from 'i18next';
import { runCheck } from './check-command';
import { createCliI18n, EXIT, writeLines, type CliIo } from './cli-io';
import { runConvert } from './convert-command';
import { runExport } from './export-command';
import { runImport } from './import-command';
import { runSimulate } from './simulate-command';
import { runTargets } from './targets-command';

type Command = (t: TFunction, io: CliIo, args: string[]) => number;

function usage(t: TFunction, stream: CliIo['stdout']): number {
  writeLines(stream, t('cli.usage').split('\n'));
  return EXIT.unusable;
}

function misuse(t: TFunction, io: CliIo, message: string): number {
  writeLines(io.stderr, message);
  return usage(t, io.stderr);
}

const COMMANDS: Record<string, Command> = {
  check(t, io, args) {
    const { values, positionals } = parseArgs({
      args,
      options: { json: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    const [design, ...extra] = positionals;
    if (design === undefined || extra.length > 0) {
      return misuse(t, io, t('cli.missingDesign'));
    }
    return runCheck(t, io, { design, json: values.json });
  },
  export(t, io, args) {
    const { values, positionals } = parseArgs({
      args,
      options: { target: { type: 'string', multiple: true }, out: { type: 'string' } },
      allowPositionals: true,
    });
    const [design, ...extra] = positionals;
    if (design === undefined || extra.length > 0) {
      return misuse(t, io, t('cli.missingDesign'));
    }
    if (values.target === undefined) {
      return misuse(t, io, t('cli.missingTarget'));
    }
    if (values.out === undefined || values.out === '') {
      return misuse(t, io, t('cli.missingOut'));
    }
    return runExport(t, io, { design, targets: values.target.join(','), out: values.out });
  },
  simulate(t, io, args) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        bond: { type: 'string' },
        packets: { type: 'string' },
        down: { type: 'string', multiple: true },
        kernel: { type: 'string', default: 'current' },
        json: { type: 'boolean', default: false },
      },
      allowPositionals: true,
    });
    const [design, ...extra] = positionals;
    if (design === undefined || extra.length > 0) {
      return misuse(t, io, t('cli.missingDesign'));
    }
    if (values.bond === undefined || values.bond === '') {
      return misuse(t, io, t('cli.simulate.missingBond'));
    }
    if (values.packets === undefined || values.packets === '') {
      return misuse(t, io, t('cli.simulate.missingPackets'));
    }
    if (values.kernel !== 'current' && values.kernel !== 'rhel5') {
      return misuse(t, io, t('cli.simulate.badKernel', { kernel: values.kernel }));
    }
    const down = (values.down ?? []).flatMap((list) => list.split(',')).map((name) => name.trim());
    return runSimulate(t, io, {
      design,
      bond: values.bond,
      packets: values.packets,
      down: down.filter((name) => name !== ''),
      kernel: values.kernel,
      json: values.json,
    });
  },
  import(t, io, args) {
    const { values, positionals } = parseArgs({
      args,
      options: { from: { type: 'string' }, out: { type: 'string', short: 'o' } },
      allowPositionals: true,
    });
    if (positionals.length === 0) {
      return misuse(t, io, t('cli.import.missingFiles'));
    }
    if (values.out === undefined || values.out === '') {
      return misuse(t, io, t('cli.import.missingOut'));
    }
    return runImport(t, io, { files: positionals, from: values.from, out: values.out });
  },
  convert(t, io, args) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        from: { type: 'string' },
        target: { type: 'string', multiple: true },
        out: { type: 'string', short: 'o' },
      },
      allowPositionals: true,
    });
    if (positionals.length === 0) {
      return misuse(t, io, t('cli.import.missingFiles'));
    }
    if (values.target === undefined) {
      return misuse(t, io, t('cli.missingTarget'));
    }
    if (values.out === undefined || values.out === '') {
      return misuse(t, io, t('cli.missingOut'));
    }
    return runConvert(t, io, {
      files: positionals,
      from: values.from,
      targets: values.target.join(','),
      out: values.out,
    });
  },
  targets(t, io, args) {
    parseArgs({ args, options: {}, allowPositionals: false });
    return runTargets(t, io);
  },
};

/**
 * Runs the command line with `argv` (without node and script) and returns the exit status:
 * 0 success, 1 the design has errors, 2 misuse, unreadable input or unknown target.
 * @example await run(['check', 'design.json', '--json'], { stdout, stderr, cwd: '/srv' })
 */
export function run(argv: readonly string[], io: CliIo): Promise<number> {
  const t = createCliI18n(io.env).t;
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    return Promise.resolve(usage(t, io.stdout));
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    return Promise.resolve(misuse(t, io, t('cli.unknownCommand', { command: name })));
  }
  if (args.includes('--help') || args.includes('-h')) {
    return Promise.resolve(usage(t, io.stdout));
  }
  try {
    return Promise.resolve(command(t, io, args));
  } catch (error) {
    // parseArgs reports unknown options and missing values by throwing.
    const detail = error instanceof Error ? error.message : String(error);
    return Promise.resolve(misuse(t, io, t('cli.badArguments', { detail })));
  }
}
