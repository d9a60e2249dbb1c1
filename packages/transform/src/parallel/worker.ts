// A worker thread of the transform pool: runs one batch of per-document work.
import { runTask, type Task } from './tasks';

export default function (task: Task): unknown {
  return runTask(task);
}
