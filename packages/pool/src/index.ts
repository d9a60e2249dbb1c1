export { threadCount, WorkerPool } from './worker-pool';
