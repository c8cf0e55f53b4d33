/**
 * Page object of the bond panel (side panel of a selected bond): mode, link monitoring, options,
 * addressing. Locators by role and label only.
 */
import type { Locator, Page } from '@playwright/test';

const MODE_NUMBERS = {
  'balance-rr': 0,
  'active-backup': 1,
  'balance-xor': 2,
  broadcast: 3,
  '802.3ad': 4,
  'balance-tlb': 5,
  'balance-alb': 6,
} as const;

/** A mode by kernel name. */
export type ModeName = keyof typeof MODE_NUMBERS;

/** The bond panel of the selected bond. */
export class BondPanelPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('region', { name: /^Bond / });
  }

  /** The panel of bond `name` specifically. */
  panelOf(name: string): Locator {
    return this.page.getByRole('region', { name: `Bond ${name}`, exact: true });
  }

  /** The radio of a mode ("active-backup (1)"). */
  modeRadio(mode: ModeName): Locator {
    return this.root.getByRole('radio', { name: `${mode} (${MODE_NUMBERS[mode]})`, exact: true });
  }

  /** Chooses a bonding mode. */
  async chooseMode(mode: ModeName): Promise<void> {
    await this.modeRadio(mode).check();
  }

  /** A field by its visible label (exact). */
  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  /** An option's control by its sysfs name (labels read "LACP rate (lacp_rate)"). */
  option(name: string): Locator {
    return this.root.getByLabel(new RegExp(`\\(${name}[,)]`));
  }

  /** Chooses the link monitor ('MII (carrier) monitoring' or 'ARP monitoring'). */
  async chooseMonitor(monitor: 'mii' | 'arp'): Promise<void> {
    const name = monitor === 'mii' ? 'MII (carrier) monitoring' : 'ARP monitoring';
    await this.root.getByRole('radio', { name, exact: true }).check();
  }

  /** Chooses the IPv4 addressing method. */
  async chooseAddressing(method: 'Static' | 'DHCP' | 'None'): Promise<void> {
    await this.root.getByRole('radio', { name: method, exact: true }).check();
  }

  /** Fills static addressing and, when given, the MTU. */
  async setStaticAddress(values: {
    address: string;
    prefix: string;
    gateway?: string;
    mtu?: string;
  }): Promise<void> {
    await this.chooseAddressing('Static');
    await this.field('Address').fill(values.address);
    await this.field('Prefix or netmask').fill(values.prefix);
    if (values.gateway !== undefined) await this.field('Gateway').fill(values.gateway);
    if (values.mtu !== undefined) await this.field('MTU').fill(values.mtu);
  }

  /** The derived network, netmask and broadcast values, in that order. */
  derived(): Locator {
    return this.root
      .getByRole('region', { name: 'Derived from address and prefix' })
      .getByRole('definition');
  }

  /** Opens the collapsed "Advanced options" section. */
  async openAdvanced(): Promise<void> {
    const summary = this.root.getByText('Advanced options', { exact: true });
    await summary.click();
  }

  /** The text the panel shows after a mode change removed options. */
  droppedNote(): Locator {
    return this.root.getByText(/^Switching to .* removed options the kernel refuses/);
  }
}
