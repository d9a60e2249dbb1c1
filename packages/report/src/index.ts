export { publishDataset, type PublishedTable } from './publish-dataset';
export { recoverSwap, swapIntoPlace } from './swap';
