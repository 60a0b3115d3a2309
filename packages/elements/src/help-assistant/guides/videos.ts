import type { GuideId } from './types.js';

/**
 * The guides that carry a short video, recorded from the real elements by
 * `scripts/record-guide-videos.mjs`. Beside each video `<id>.webm` the media folder holds
 * `<id>.<locale>.vtt`: captions in every locale of the guide loaders, the guide's own steps timed by
 * when the recording performed them. `test/guides/guide-videos.test.ts` checks the files.
 */
export const GUIDE_VIDEO_IDS: readonly GuideId[] = ['track_parcel', 'request_refund', 'open_dispute'];

/** The file names of a guide's video and of its captions in `locale`, relative to the media base URL. */
export const guideVideoFile = (id: GuideId) => `${id}.webm`;
export const guideCaptionsFile = (id: GuideId, locale: string) => `${id}.${locale}.vtt`;
