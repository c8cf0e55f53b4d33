/**
 * The bond panel in a real browser: options follow the mode, a mode change drops what the new
 * mode refuses and says so, and a bad address shows its message at the field.
 */
import { expect, test } from './fixtures';

test.beforeEach(async ({ canvas }) => {
  await canvas.bond('bond0').click();
});

test('switching from 802.3ad to active-backup drops lacp_rate with a notice', async ({
  app,
  bondPanel,
}) => {
  await bondPanel.chooseMode('802.3ad');
  await bondPanel.option('lacp_rate').selectOption('fast');
  await expect(bondPanel.option('lacp_rate')).toHaveValue('fast');

  await bondPanel.chooseMode('active-backup');

  await expect(app.notice).toContainText('lacp_rate');
  await expect(bondPanel.droppedNote()).toContainText('lacp_rate');
  await expect(bondPanel.option('lacp_rate')).toHaveCount(0);
});

test('shows only the options the kernel accepts in each mode', async ({ bondPanel }) => {
  const cases = [
    {
      mode: 'balance-rr',
      shown: ['packets_per_slave', 'miimon'],
      hidden: ['lacp_rate', 'primary'],
    },
    {
      mode: 'active-backup',
      shown: ['primary', 'miimon'],
      hidden: ['packets_per_slave', 'lacp_rate'],
    },
    {
      mode: '802.3ad',
      shown: ['lacp_rate', 'ad_select'],
      hidden: ['primary', 'packets_per_slave'],
    },
    { mode: 'balance-alb', shown: ['tlb_dynamic_lb'], hidden: ['lacp_rate', 'packets_per_slave'] },
  ] as const;
  for (const { mode, shown, hidden } of cases) {
    await bondPanel.chooseMode(mode);
    await bondPanel.openAdvanced();
    for (const name of shown)
      await expect(bondPanel.option(name), `${name} in ${mode}`).toHaveCount(1);
    for (const name of hidden)
      await expect(bondPanel.option(name), `${name} in ${mode}`).toHaveCount(0);
  }
});

test('ARP monitoring is offered where the kernel allows it and clears MII options', async ({
  bondPanel,
}) => {
  await bondPanel.chooseMode('active-backup');
  await bondPanel.chooseMonitor('arp');
  await expect(bondPanel.option('arp_interval')).toHaveValue('1000');
  await expect(bondPanel.option('miimon')).toHaveCount(0);
  await bondPanel.chooseMonitor('mii');
  await expect(bondPanel.option('miimon')).toHaveValue('100');
  await expect(bondPanel.option('arp_interval')).toHaveCount(0);

  await bondPanel.chooseMode('802.3ad');
  await expect(bondPanel.root.getByRole('radio', { name: 'ARP monitoring' })).toHaveCount(0);
});

test('a bad address shows its message at the field as the user types', async ({ bondPanel }) => {
  await bondPanel.chooseAddressing('Static');
  const address = bondPanel.field('Address');
  await address.fill('192.168.1.300');

  await expect(address).toHaveAttribute('aria-invalid', 'true');
  const message = bondPanel.root.getByRole('alert');
  await expect(message).toHaveCount(1);
  await expect(message).toContainText('"192.168.1.300" is not an IPv4 address');
  await expect(address).toHaveAccessibleDescription(/"192\.168\.1\.300" is not an IPv4 address/);

  await address.fill('192.168.1.3/24');
  await expect(address).toHaveAttribute('aria-invalid', 'false');
  await expect(bondPanel.field('Prefix or netmask')).toHaveValue('24');
});
