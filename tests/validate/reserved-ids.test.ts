/**
 * A bureau's id is a top-level folder of the built site, so it may not be a name the site itself
 * uses there. The list lives in validation; this test keeps it in step with src/pages and public/.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESERVED_BUREAU_IDS } from '../../src/content/reserved-ids.ts';
import { SLUG_PATTERN } from '../../src/content/item-schema.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('reserved bureau ids', () => {
  it('cover every top-level page, data file folder and public/ entry a bureau id could collide with', () => {
    // Pages become folders (build.format 'directory'); of public/, only folders can collide (favicon.svg cannot).
    const publicFolders = readdirSync(join(ROOT, 'public'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    const names = [...readdirSync(join(ROOT, 'src', 'pages')), ...publicFolders]
      .filter((name) => !name.startsWith('[') && !name.startsWith('_'))
      .map((name) => name.replace(/\.(astro|ts|js|md|mdx|html)$/, '').replace(/\.[a-z]+$/, ''))
      .filter((name) => SLUG_PATTERN.test(name) && name !== 'index');
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !(RESERVED_BUREAU_IDS as readonly string[]).includes(name))).toEqual([]);
  });

  it('include the search index folder and the open-data name for all bureaus', () => {
    expect(RESERVED_BUREAU_IDS).toEqual(expect.arrayContaining(['pagefind', 'all', 'data', 'search']));
  });
});
