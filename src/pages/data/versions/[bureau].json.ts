/**
 * data/versions/<bureau>.json — the bureau's recorded versions and what changed between them
 * (format in docs/open-data.md): each version's label, date, 文号 and item ids, and for each
 * version after the first its changes with field-level character diffs.
 */
import type { APIContext } from 'astro';
import { bureauPaths } from '../../_static-paths.ts';
import type { BureauModel } from '../../../model/site-model.ts';
import type { VersionDiff } from '../../../versions/compare.ts';
import { historyOf } from '../../../versions/site-history.ts';
import { readSnapshots } from '../../../versions/snapshot.ts';
import { JSON_HEADERS } from '../_open-data.ts';

export const getStaticPaths = bureauPaths;

function diffJson(diff: VersionDiff) {
  return {
    unchanged: diff.unchanged,
    matched_by: diff.matched,
    changes: diff.changes.map((c) => ({
      kind: c.kind,
      before: c.before.map((i) => ({ id: i.id, name: i.name, ...(i.subitem ? { subitem: i.subitem } : {}) })),
      after: c.after.map((i) => ({ id: i.id, name: i.name, ...(i.subitem ? { subitem: i.subitem } : {}) })),
      ...(c.matchedBy ? { matched_by: c.matchedBy } : {}),
      fields: c.fields.map((f) => ({ field: f.field, label: f.label, before: f.before, after: f.after, diff: f.diff })),
    })),
  };
}

export function GET({ props }: APIContext<{ model: BureauModel }>): Response {
  const { model } = props;
  const history = historyOf(model);
  const snapshots = readSnapshots(process.cwd(), process.env.QINGDAN_CONTENT_DIR ?? 'content', model.bureau.id);
  const document = {
    format: 'qingdan-versions',
    format_version: 1,
    bureau: model.bureau.id,
    page: `${model.bureau.id}/history/`,
    versions: history.versions.map((v, i) => ({
      sequence: v.sequence,
      label: v.label,
      ...(v.date ? { date: v.date } : {}),
      ...(v.document_number ? { document_number: v.document_number } : {}),
      recorded: v.recorded,
      items: snapshots[i]!.snapshot!.items.map((item) => item.id),
      ...(v.diff ? { changes_since_previous: diffJson(v.diff) } : {}),
    })),
    ...(history.pending ? { unreleased_changes: diffJson(history.pending) } : {}),
  };
  return new Response(`${JSON.stringify(document, null, 2)}\n`, { headers: JSON_HEADERS });
}
