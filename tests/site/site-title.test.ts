/** The site's title says whose list it is when SITE_NAME names a portal or region (src/layouts/site-settings.ts). */
import { describe, expect, it } from 'vitest';
import { siteTitle } from '../../src/layouts/site-settings.ts';

describe('siteTitle', () => {
  it('adds 权责清单 to a portal or region name, and keeps a name that already says 清单', () => {
    expect(siteTitle('示例县人民政府')).toBe('示例县人民政府权责清单');
    expect(siteTitle('项城市')).toBe('项城市权责清单');
    expect(siteTitle('权责清单')).toBe('权责清单');
    expect(siteTitle('项城市权责清单公开')).toBe('项城市权责清单公开');
  });
});
