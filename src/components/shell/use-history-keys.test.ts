/**
 * The history shortcuts: which key presses undo or redo, and which are left to the browser.
 */
import { describe, expect, it } from 'vitest';
import { historyCommand } from './use-history-keys';

const press = (key: string, mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>>) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('historyCommand', () => {
  it.each([
    ['Ctrl+Z', press('z', { ctrl: true }), 'undo'],
    ['Cmd+Z', press('z', { meta: true }), 'undo'],
    ['Ctrl+Z with Caps Lock', press('Z', { ctrl: true }), 'undo'],
    ['Ctrl+Shift+Z', press('Z', { ctrl: true, shift: true }), 'redo'],
    ['Cmd+Shift+Z', press('Z', { meta: true, shift: true }), 'redo'],
    ['Ctrl+Y', press('y', { ctrl: true }), 'redo'],
    ['Cmd+Y (not a Mac shortcut)', press('y', { meta: true }), null],
    ['Ctrl+Shift+Y', press('Y', { ctrl: true, shift: true }), null],
    ['Ctrl+Alt+Z', press('z', { ctrl: true, alt: true }), null],
    ['plain Z', press('z', {}), null],
    ['Ctrl+X', press('x', { ctrl: true }), null],
  ] as const)('%s → %s', (_name, event, expected) => {
    expect(historyCommand(event)).toBe(expected);
  });
});
