// A build-like parent: stops its child on signals (child-process.ts). Prints the child's pid.
import { onStop, runChild, stopChildrenOnSignals } from '../../../src/build/child-process.ts';

stopChildrenOnSignals();
onStop(() => console.log('cleaned up'));
await runChild(process.execPath, ['-e', 'console.log("child " + process.pid); setInterval(() => {}, 1000)'], { stdio: ['ignore', 'inherit', 'inherit'] });
console.log('child ended by itself');
