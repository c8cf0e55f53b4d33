#!/usr/bin/env node
// Launcher of the `bondsmith` command line: loads the TypeScript sources through tsx and exits
// with the status that run() returns (0 ok, 1 design errors, 2 misuse or unreadable input).
import { tsImport } from 'tsx/esm/api';

const { run } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
