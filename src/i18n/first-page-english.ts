/**
 * The English texts the app's first page shows: the toolbar, the canvas, the side panel and the
 * export dialog's frame.
 */
import { exportText } from './en/export';
import { panel } from './en/panel';
import { ui } from './en/ui';

export const firstPageEnglish = { panel, ui, export: exportText };
