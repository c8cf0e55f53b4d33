/**
 * The mode lab on the seed bond and a scratch bond: one packet stepped with "why this slave",
 * a cut cable with its failover events and /proc, and counting under reduced motion.
 */
import { expect, test } from './fixtures';

test('steps a packet on the seed bond, cuts eth0 and sees the failover in events and /proc', async ({
  canvas,
  lab,
}) => {
  await canvas.memberOf('eth0').selectOption('bond0');
  await canvas.memberOf('eth1').selectOption('bond0');
  await lab.openView('Lab');
  await expect(lab.setup('Bond')).toHaveValue('bond0');

  await lab.playback('Step one packet').click();
  const why = lab.section('Why this slave');
  await expect(why).toContainText('Packet 1: TCP 192.0.2.10:443 → 203.0.113.1:');
  await expect(why).toContainText('Sent on: eth0');
  await expect(why).toContainText('The active slave eth0 carries it');
  await expect(lab.counterRow(/eth0 \(active\)/)).toContainText('1500');

  await lab.cable('eth0', 'Cut').click();
  await expect(lab.cable('eth0', 'Restore')).toBeVisible();
  const events = lab.section('Link monitor events');
  await expect(events).toContainText('Detection after 100 ms, failover after 100 ms.');
  await expect(events.getByRole('listitem')).toHaveText([
    /^0 ms eth0: cable cut$/,
    /^100 ms eth0: link monitor sees the link down$/,
    /^100 ms eth0: slave set down$/,
    /^100 ms Active slave is now eth1$/,
    /^100 ms Gratuitous ARP sent on eth1$/,
  ]);
  const proc = lab.proc('bond0');
  await expect(proc).toContainText('Currently Active Slave: eth1');
  await expect(proc).toContainText(/Slave Interface: eth0\nMII Status: down/);
  await expect(proc).toContainText(/Slave Interface: eth1\nMII Status: up/);

  await lab.playback('Step one packet').click();
  await expect(why).toContainText('Sent on: eth1');
});

test('shows the hash with its numbers for a scratch balance-xor bond', async ({ lab }) => {
  await lab.openView('Lab');
  await lab.setup('Bond').selectOption({ label: 'Scratch bond (eth0 + eth1)' });
  await expect(lab.setup('Mode of the scratch bond')).toHaveValue('balance-xor');
  await lab.setup('Traffic').selectOption({ label: 'One large TCP flow' });
  await lab.playback('Step one packet').click();
  const why = lab.section('Why this slave');
  await expect(why).toContainText('xmit_hash_policy layer2');
  await expect(why.getByRole('row', { name: 'dst_mac[5] 1 0x1', exact: true })).toBeVisible();
  await expect(why.getByRole('row', { name: 'src_mac[5] 1 0x1', exact: true })).toBeVisible();
  await expect(why.getByRole('row', { name: 'ethertype 2048 0x800', exact: true })).toBeVisible();
  await expect(why).toContainText('hash = 2048 (0x800)');
  await expect(why).toContainText('slave index = hash % 2 usable slaves = 0');
  await expect(why).toContainText('Sent on: eth0');
});

test('counts packets under reduced motion', async ({ page, lab }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await lab.openView('Lab');
  await lab.setup('Bond').selectOption({ label: 'Scratch bond (eth0 + eth1)' });
  await lab.setup('Packets per second').selectOption('500');
  await lab.playback('Play').click();
  await expect
    .poll(async () =>
      Number((await lab.counterRow('eth0').getByRole('cell').nth(1).textContent()) ?? 0),
    )
    .toBeGreaterThan(20);
  await lab.playback('Pause').click();
  await expect(page.getByText(/Packets sent: [1-9]\d+/)).toBeVisible();
});

test('sends a custom flow table and refuses a bad address', async ({ lab }) => {
  await lab.openView('Lab');
  await lab.setup('Bond').selectOption({ label: 'Scratch bond (eth0 + eth1)' });
  await lab.setup('Traffic').selectOption({ label: 'Custom flows (table)' });
  const table = lab.section('Custom flows');
  const destination = table.getByRole('textbox', { name: 'Destination IP, flow 1' });
  await destination.fill('198.51.100.300');
  await expect(destination).toHaveAttribute('aria-invalid', 'true');
  await expect(table).toContainText('Enter an IPv4 or IPv6 address.');
  await destination.fill('198.51.100.7');
  await expect(destination).toHaveAttribute('aria-invalid', 'false');
  await lab.playback('Step one packet').click();
  await expect(lab.section('Why this slave')).toContainText(
    'Packet 1: TCP 192.0.2.10:40000 → 198.51.100.7:443',
  );
});

test('keeps the Lab setup and a half-typed flow across a reload', async ({ lab, page }) => {
  await lab.openView('Lab');
  await lab.setup('Bond').selectOption({ label: 'Scratch bond (eth0 + eth1)' });
  await lab.setup('Kernel').selectOption('rhel5');
  await lab.setup('Traffic').selectOption({ label: 'Custom flows (table)' });
  const destination = lab
    .section('Custom flows')
    .getByRole('textbox', { name: 'Destination IP, flow 1' });
  await destination.fill('198.51.100.30');

  await page.reload();
  await lab.openView('Lab');
  await expect(lab.setup('Kernel')).toHaveValue('rhel5');
  await expect(lab.setup('Traffic')).toHaveValue('custom');
  await expect(
    lab.section('Custom flows').getByRole('textbox', { name: 'Destination IP, flow 1' }),
  ).toHaveValue('198.51.100.30');
});
