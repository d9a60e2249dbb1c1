// A worker thread of the ingest pool: analyses one file per task.
import { analyseFile, type FileTask } from './ingest';

export default function (task: FileTask): { payload: string; warnings: string[] } {
  return analyseFile(task);
}
