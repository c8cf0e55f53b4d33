/**
 * Page object for the React Flow canvas: nodes by their aria-labels ("NIC eth0", "Bond bond0"),
 * edges by theirs, and drags with the real mouse.
 */
import type { Locator, Page } from '@playwright/test';

/** The canvas as the user sees it. */
export class CanvasPage {
  constructor(readonly page: Page) {}

  nic(name: string): Locator {
    return this.page.getByRole('group', { name: `NIC ${name}`, exact: true });
  }

  bond(name: string): Locator {
    return this.page.getByRole('group', { name: `Bond ${name}`, exact: true });
  }

  /** The slaves listed on a bond node, in enslave order. */
  slaves(bond: string): Locator {
    return this.bond(bond)
      .getByRole('list', { name: 'Slaves in enslave order' })
      .getByRole('listitem');
  }

  /** The edge joining a NIC to its bond. */
  edge(nic: string, bond: string): Locator {
    return this.page.getByRole('group', { name: `${nic} is a slave of ${bond}`, exact: true });
  }

  /** The "Member of" select on a NIC node. */
  memberOf(nic: string): Locator {
    return this.nic(nic).getByLabel(`${nic} member of`, { exact: true });
  }

  /** Drags a node by its title strip to the point (x, y) of the page, with real mouse moves. */
  async dragTo(node: Locator, x: number, y: number): Promise<void> {
    const box = await node.boundingBox();
    if (!box) throw new Error('node is not visible');
    await this.page.mouse.move(box.x + box.width / 2, box.y + 10);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width / 2 + 10, box.y + 20, { steps: 4 });
    await this.page.mouse.move(x, y, { steps: 15 });
    await this.page.mouse.up();
  }

  /** Drags a NIC node onto the middle of a bond node. */
  async dragNicOntoBond(nic: string, bond: string): Promise<void> {
    const target = await this.bond(bond).boundingBox();
    if (!target) throw new Error(`bond ${bond} is not visible`);
    await this.dragTo(this.nic(nic), target.x + target.width / 2, target.y + target.height / 2);
  }

  /** Drags a NIC to empty canvas below and to the left of a bond node. */
  async dragNicAwayFromBond(nic: string, bond: string): Promise<void> {
    const box = await this.bond(bond).boundingBox();
    if (!box) throw new Error(`bond ${bond} is not visible`);
    await this.dragTo(this.nic(nic), box.x - 250, box.y + box.height + 120);
  }

  /** Drags a node by (dx, dy) pixels from where it is. */
  async dragBy(node: Locator, dx: number, dy: number): Promise<void> {
    const box = await node.boundingBox();
    if (!box) throw new Error('node is not visible');
    await this.dragTo(node, box.x + box.width / 2 + dx, box.y + 10 + dy);
  }
}
