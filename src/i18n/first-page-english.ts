/** The English texts the app's first page shows: the toolbar, the canvas and the side panel. */
import { panel } from './en/panel';
import { ui } from './en/ui';

export const firstPageEnglish = { panel, ui };
