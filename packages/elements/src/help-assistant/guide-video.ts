import { html, nothing } from 'lit';
import type { Guide, GuideId, GuideWords } from './guides/types.js';
import { GUIDE_VIDEO_IDS, guideCaptionsFile, guideVideoFile } from './guides/videos.js';
import { guideLoaders } from './guides/loaders.js';

/**
 * Where the guide videos are when the page names no `guide-media-base`: `guide-media/` beside the CDN
 * bundle (this module is a lazy chunk in `cdn/chunks/`; the bundle step copies the media there).
 */
export const DEFAULT_GUIDE_MEDIA_BASE = new URL('../guide-media/', import.meta.url).href;

/** `{title}` in the video's name. */
const fill = (text: string, title: string) => text.replace('{title}', title);

/**
 * The absolute base URL (a relative `guide-media-base` is read against the page), ending in `/` so that
 * file names resolve inside it. One that is no URL at all falls back to the default.
 */
export function guideMediaBase(attribute: string | null | undefined, page: string): string {
  const base = attribute?.trim() || DEFAULT_GUIDE_MEDIA_BASE;
  try {
    return new URL(base.endsWith('/') ? base : `${base}/`, page).href;
  } catch {
    return DEFAULT_GUIDE_MEDIA_BASE;
  }
}

/**
 * A guide's video with captions in the page's language (English where there are none), never
 * autoplaying and fetched only when played (`preload="none"`); the native controls are keyboard
 * operable. Nothing for a guide without a video. The transcript is the guide's steps, under it.
 */
export function renderGuideVideo(id: GuideId, guide: Guide, words: GuideWords, locale: string, base: string) {
  if (!GUIDE_VIDEO_IDS.includes(id)) return nothing;
  const captionsLocale = locale in guideLoaders ? locale : 'en';
  const url = (file: string) => new URL(file, base).href;
  return html`<video
    part="guide-video"
    class="guide-video"
    controls
    preload="none"
    crossorigin="anonymous"
    aria-label=${fill(words.video, guide.title)}
    src=${url(guideVideoFile(id))}
  >
    <track
      kind="captions"
      default
      srclang=${captionsLocale}
      label=${words.captions}
      src=${url(guideCaptionsFile(id, captionsLocale))}
    />
    ${words.no_video}
  </video>`;
}
