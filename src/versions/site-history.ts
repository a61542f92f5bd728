/** The 调整记录 of every bureau of the site model, read once per build. */
import type { BureauModel } from '../model/site-model.ts';
import { bureauHistory, type BureauHistory } from './history.ts';

const cache = new Map<string, BureauHistory>();

export function historyOf(model: BureauModel): BureauHistory {
  let history = cache.get(model.bureau.id);
  if (!history) {
    history = bureauHistory(process.cwd(), process.env.QINGDAN_CONTENT_DIR ?? 'content', model.bureau.id, model.items);
    cache.set(model.bureau.id, history);
  }
  return history;
}
