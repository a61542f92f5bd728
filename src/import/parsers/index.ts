/** One parser per seed document layout, in seed order. */
import type { SeedParser } from '../types.ts';
import { jinzhouParser } from './jinzhou.ts';
import { tianshuiParser } from './tianshui.ts';
import { xiangduParser } from './xiangdu.ts';
import { xiangchengParser } from './xiangcheng.ts';
import { yutianParser } from './yutian.ts';

export const SEED_PARSERS: SeedParser[] = [jinzhouParser, tianshuiParser, xiangduParser, xiangchengParser, yutianParser];
