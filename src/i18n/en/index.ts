/**
 * The English catalogue the page loads with, one namespace per area: what the first page shows
 * plus what joins it right after the first paint (src/i18n/page-i18n.ts). The mode explanations
 * and option help (modes.ts, options.ts) join it with the bond panel
 * (src/i18n/bond-panel-catalogue.ts) and the command line's strings (cli) with the command line.
 */
import { firstPageEnglish } from '../first-page-english';
import { laterEnglish } from '../later-english';

export const en = { ...firstPageEnglish, ...laterEnglish };
