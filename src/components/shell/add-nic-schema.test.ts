import { describe, expect, it } from 'vitest';
import { addNicSchema } from './add-nic-schema';

const schema = addNicSchema(['eth0', 'bond0']);
const base = { choice: 'custom', name: 'eth2', model: '', driver: '' };

function messages(values: typeof base): string[] {
  const result = schema.safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('addNicSchema', () => {
  it('accepts a free name with an empty or valid driver', () => {
    expect(messages(base)).toEqual([]);
    expect(messages({ ...base, driver: 'mlx5_core', model: 'ConnectX-5' })).toEqual([]);
  });

  it.each([
    ['name', { name: 'eth0' }, 'ui.addNic.nameTaken'],
    ['name', { name: 'bond0' }, 'ui.addNic.nameTaken'],
    ['name', { name: 'eth 2' }, 'ui.addNic.invalidName'],
    ['name', { name: 'a-very-long-interface' }, 'ui.addNic.invalidName'],
    ['name', { name: '$(reboot)' }, 'ui.addNic.invalidName'],
    ['driver', { driver: 'bnx2;reboot' }, 'ui.addNic.invalidDriver'],
    ['model', { model: 'BCM5708\nDEVICE=eth9' }, 'ui.addNic.invalidModel'],
  ])('refuses a bad %s (%j)', (_, patch, message) => {
    expect(messages({ ...base, ...patch })).toEqual([message]);
  });
});
