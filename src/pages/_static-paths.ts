/**
 * getStaticPaths shared by the routes made once per bureau (<bureau>/, its history and volume, its
 * data files) and once per category (categories/<code>/ and its matrix). Kept with the pages: it
 * reads the content collections, which only exist inside Astro (the file name's _ keeps it from
 * being a route).
 */
import { crossCategories } from '../components/site-pages.ts';
import { renderedBureaus, siteModel } from '../model/site-data.ts';

/** `<bureau>/…`, with the bureau's model as the prop. */
export async function bureauPaths() {
  return (await renderedBureaus()).map((model) => ({ params: { bureau: model.bureau.id }, props: { model } }));
}

/** `categories/<code>/…`, with the category's cross-bureau entry as the prop. */
export async function crossCategoryPaths() {
  return crossCategories(await siteModel()).map((entry) => ({ params: { code: entry.code.toLowerCase() }, props: { entry } }));
}
