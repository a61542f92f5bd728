/**
 * A build validates its content once (issue 10): scripts/build.ts validates, then hands the result
 * to the Astro build's content loader, which takes it while the files are unchanged. Shown here by
 * a handed-over result that differs from the files (the loader could only have taken it, not made
 * it), and by the loader validating again as soon as a file changes.
 */
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentValidation, VALIDATION_FILE_ENV, validationKey, writeValidationHandOver } from '../../src/content/loader.ts';
import { checkContent } from '../../src/lint/check-content.ts';
import type { Item } from '../../src/content/item-schema.ts';
import { contentSandbox, type Sandbox } from '../helpers/content-sandbox.ts';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = contentSandbox();
});
afterEach(() => {
  delete process.env[VALIDATION_FILE_ENV];
  sandbox.dispose();
});

const nameOf = (root: string) => (currentValidation(root, 'content').content.items.find((d) => (d.data as Item).id === 'cf-001')!.data as Item).name;

describe('the validation handed from npm run build to the Astro build', () => {
  it('is taken while the content files are unchanged, and dropped when one changes', () => {
    const key = validationKey(sandbox.root, 'content');
    const result = checkContent(sandbox.root, 'content');
    expect(result.errorCount).toBe(0);
    const real = (result.content.items.find((d) => d.data.id === 'cf-001')!.data as Item).name;
    result.content.items.find((d) => d.data.id === 'cf-001')!.data.name = '交接标记 / handed over';
    const file = join(sandbox.root, 'validation.json');
    writeValidationHandOver(file, key, result);
    process.env[VALIDATION_FILE_ENV] = file;
    expect(nameOf(sandbox.root)).toBe('交接标记 / handed over');

    // An edit after the check: the handed-over result no longer describes the files.
    const later = new Date(Date.now() + 5000);
    utimesSync(join(sandbox.root, 'content/demo/cf-001.yaml'), later, later);
    expect(nameOf(sandbox.root)).toBe(real);
  });
});
