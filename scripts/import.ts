/** npm run import — regenerates content/ from seeds/ (see src/import/). */
import { runImport } from '../src/import/run-import.ts';

const summaries = runImport(process.cwd());
for (const s of summaries) console.log(`${s.slug}: ${s.items} 项事项 / items, ${s.flowcharts} 张流程图 / flowcharts`);
console.log(`共 ${summaries.reduce((n, s) => n + s.items, 0)} 项 / items in total`);
