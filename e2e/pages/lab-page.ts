/**
 * Page object of the Lab and Learn views: switching views, the lab's controls, diagram cables,
 * "why this slave", failover events and /proc; the quiz's questions. Role and label locators only.
 */
import type { Locator, Page } from '@playwright/test';

/** The Lab and Learn views as the user sees them. */
export class LabPage {
  constructor(readonly page: Page) {}

  /** Switches the main area with the toolbar's view buttons. */
  async openView(name: 'Design' | 'Lab' | 'Learn'): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name, exact: true })
      .click();
  }

  /** A quiz question's radio group, by its prompt. */
  question(prompt: string | RegExp): Locator {
    return this.page.getByRole('group', { name: prompt });
  }

  /** The quiz's feedback live region. */
  get quizFeedback(): Locator {
    return this.page.getByRole('region', { name: 'Quiz' }).getByRole('status');
  }

  /** The tour section. */
  get tour(): Locator {
    return this.page.getByRole('region', { name: 'Tour of the seven modes' });
  }

  /** A control of the lab's setup bar by its label. */
  setup(label: string): Locator {
    return this.page
      .getByRole('group', { name: 'Lab setup' })
      .getByRole('combobox', { name: label, exact: true });
  }

  /** A playback button (Play, Pause, Step one packet). */
  playback(name: string): Locator {
    return this.page.getByRole('group', { name: 'Playback' }).getByRole('button', { name });
  }

  /** The clickable cable of `slave` in the diagram (cut or restore, by its current state). */
  cable(slave: string, action: 'Cut' | 'Restore'): Locator {
    return this.page.getByRole('button', { name: `${action} the cable of ${slave}`, exact: true });
  }

  /** A section of the lab by its heading. */
  section(name: string | RegExp): Locator {
    return this.page.getByRole('region', { name });
  }

  /** The /proc text of `bond`. */
  proc(bond: string): Locator {
    return this.section(`/proc/net/bonding/${bond}`);
  }

  /** A row of the per-slave counters table. */
  counterRow(slave: string | RegExp): Locator {
    return this.section('Per-slave counters').getByRole('row', { name: slave });
  }
}
