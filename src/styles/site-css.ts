/**
 * The site's one stylesheet, assembled from the files beside this module and served as
 * styles/site.css by src/pages/styles/site.css.ts. It is linked relatively by the layout
 * (Astro's own bundled CSS links start with the base path, which breaks a copied folder or an
 * undeclared sub-path), so components carry no <style> blocks: all CSS lives here.
 * The version is a hash of the text, appended to the link so a new build is never served stale.
 */
import { createHash } from 'node:crypto';
import base from './base.css?raw';
import layout from './layout.css?raw';
import content from './content.css?raw';
import tables from './tables.css?raw';
import flowchart from './flowchart.css?raw';
import search from './search.css?raw';
import modes from './modes.css?raw';
import print from './print.css?raw';
import history from './history.css?raw';

export const SITE_CSS = [base, layout, content, tables, flowchart, search, modes, history, print].join('\n');
export const SITE_CSS_VERSION = createHash('sha256').update(SITE_CSS).digest('hex').slice(0, 10);
