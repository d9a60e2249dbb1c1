export { publishDataset, writeDataset, type PublishedTable } from './publish-dataset';
export { writeRelease, nextVersion, type ReleaseInfo } from './release';
export { checkIntegrity, IntegrityError, type CheckFailure } from './integrity';
export { recoverSwap, swapIntoPlace } from './swap';
export { renderBriefing, type BriefingOptions } from './pdf/briefing';
