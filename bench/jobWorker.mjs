// Lets the TypeScript job worker run as a worker thread under the bench (the app runs the built one).
import { register } from 'tsx/esm/api';

register();
await import('../src/main/jobWorker.ts');
