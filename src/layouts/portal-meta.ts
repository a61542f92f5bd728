/**
 * The portal meta tags of GB/T 42147-2022 (政府网站网页电子文件元数据), as <meta name=…>: a county
 * portal's 集约化 platform reads them to file the page under the right site and column.
 */
import { SITE_ID_CODE, SITE_NAME } from './site-settings.ts';

export interface PortalMetaInput {
  /** 栏目名称 — the column the page belongs to (the bureau's list, a category …). */
  column: string;
  /** 文章标题 — the page's own title. */
  articleTitle: string;
  /** 发布日期 (YYYY-MM-DD) — the list version's date; omitted when the list states none. */
  pubDate?: string;
  keywords: string[];
  description: string;
  /** 信息来源 — the bureau that publishes the list. */
  contentSource?: string;
  /** Absolute address of the page, known only when SITE_URL is configured. */
  url?: string;
}

export interface MetaTag {
  name: string;
  content: string;
}

export function portalMeta(input: PortalMetaInput): MetaTag[] {
  const tags: (MetaTag | false)[] = [
    { name: 'SiteName', content: SITE_NAME },
    input.url !== undefined && { name: 'SiteDomain', content: new URL(input.url).host },
    SITE_ID_CODE !== undefined && { name: 'SiteIDCode', content: SITE_ID_CODE },
    { name: 'ColumnName', content: input.column },
    { name: 'ArticleTitle', content: input.articleTitle },
    // A list is dated by day only; no time of day is invented.
    input.pubDate !== undefined && { name: 'PubDate', content: input.pubDate },
    input.contentSource !== undefined && { name: 'ContentSource', content: input.contentSource },
    { name: 'Keywords', content: [...new Set(input.keywords.filter(Boolean))].join(',') },
    { name: 'Description', content: input.description },
    input.url !== undefined && { name: 'Url', content: input.url },
  ];
  return tags.filter((t): t is MetaTag => t !== false);
}
