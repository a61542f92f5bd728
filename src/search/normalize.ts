/**
 * The one normalisation search applies, to page text and query alike: full-width ASCII forms
 * (Ａ１（) become ASCII, the ideographic space a space, Latin capitals lower case. Every change
 * maps one UTF-16 unit to one, so an offset in the normalised text is the same offset in the
 * text shown — excerpts highlight the original characters. Nothing else is folded: 医 and 醫,
 * ① and 1 stay different, as the legal text is.
 */
export function normalizeForSearch(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xff01 && unit <= 0xff5e) out += String.fromCharCode(unit - 0xfee0).toLowerCase();
    else if (unit === 0x3000) out += ' ';
    else if (unit >= 0x41 && unit <= 0x5a) out += String.fromCharCode(unit + 0x20);
    else out += text[i];
  }
  return out;
}

/** A query's terms: normalised, split at whitespace, duplicates dropped, in the order typed. */
export function queryTerms(query: string): string[] {
  return [...new Set(normalizeForSearch(query).split(/\s+/).filter(Boolean))];
}
