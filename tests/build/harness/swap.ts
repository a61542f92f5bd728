// Runs swapIn(staging, outDir) in its own process, so a kill point can SIGKILL it (see swap.test.ts).
import { swapIn } from '../../../src/build/swap.ts';

swapIn(process.argv[2]!, process.argv[3]!);
