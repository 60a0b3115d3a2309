// Records the help assistant's guide videos from the REAL elements: the reference API with demo data
// (PGlite in a temporary folder) and the example storefront's pages with the elements' CDN bundle, in
// headless Chromium, operated by the keyboard alone. Frames are screenshots taken while the script
// works; ffmpeg (Debian's package) encodes them into a small VP9 WebM. Beside each video it writes
// WebVTT captions in every supported locale: the guide's own steps in that locale (guides/<locale>.ts),
// each cue starting when the script performed that step. Re-run it when the UI changes:
//
//   npx tsc -b && npm run bundle && node --import tsx scripts/record-guide-videos.mjs [guide_id …]
//
// When only the guides' words changed (a new locale, a reworded step; the steps the script performs
// are the same), `--captions-only` rewrites every locale's captions with the cue times of the English
// captions, without recording:
//
//   node --import tsx scripts/record-guide-videos.mjs --captions-only [guide_id …]
//
// Output: packages/elements/media/guides/<id>.webm and <id>.<locale>.vtt (committed; the bundle step
// copies them to packages/elements/cdn/guide-media/). test/guides/guide-videos.test.ts checks them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_KEYS, DEMO_FIXTURES, startServer } from '@txassist/server';
import { chromium } from 'playwright-core';
import { startStorefront } from '../examples/storefront/server.ts';
import { guideLoaders } from '../packages/elements/src/help-assistant/guides/loaders.ts';
import {
  GUIDE_VIDEO_IDS,
  guideCaptionsFile,
  guideVideoFile,
} from '../packages/elements/src/help-assistant/guides/videos.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const OUT_DIR = fileURLToPath(new URL('../packages/elements/media/guides/', import.meta.url));
/** Small and slow: a phone-sized page at 4 frames a second keeps each video well under 400 kB. */
const VIEWPORT = { width: 480, height: 360 };
const FPS = 4;
/** How long each step stays on screen after the script performed it (time to read its caption). */
const HOLD_MS = 3500;
const MAX_BYTES = 400_000;
const DELIVERED = DEMO_FIXTURES.orders.delivered;
/** The dispute's order: another than the refund's, so that each recording finds its order without a case. */
const COMPLETED = DEMO_FIXTURES.orders.completed;

/** Where the keyboard focus is, through shadow roots: its part, text and the tracker/element around it. */
/* global document */
const focused = (page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    const hosts = [];
    while (active?.shadowRoot?.activeElement) {
      hosts.push(`${active.localName}${active.getAttribute('order-id') ? `#${active.getAttribute('order-id')}` : ''}`);
      active = active.shadowRoot.activeElement;
    }
    return {
      hosts: hosts.join(' > '),
      tag: active?.localName ?? '',
      type: active?.getAttribute('type') ?? '',
      part: active?.getAttribute('part') ?? '',
      id: active?.id ?? '',
      text: (active?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  });

/** Tab (or Shift+Tab) until `matches(focus)`; fails naming what it looked for and where it went. */
async function tabTo(page, description, matches, { back = false, limit = 120 } = {}) {
  const trail = [];
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const seen = await focused(page);
    if (matches(seen)) return seen;
    trail.push(`${seen.hosts} ${seen.tag}[part=${seen.part}] "${seen.text.slice(0, 40)}"`);
  }
  throw new Error(`Tab never reached ${description}; focus went:\n  ${trail.slice(-30).join('\n  ')}`);
}

/** Screenshots while the script works, each with its time since the recording started. */
function startFrames(page) {
  const frames = [];
  const started = performance.now();
  let running = true;
  const loop = (async () => {
    while (running) {
      const at = performance.now() - started;
      const image = await page.screenshot({ type: 'jpeg', quality: 70 });
      frames.push({ at, image });
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 / FPS / 2)));
    }
  })();
  return {
    now: () => performance.now() - started,
    async stop() {
      running = false;
      await loop;
      return frames;
    },
  };
}

/**
 * The recordings, one per guide with a video: each step is a function that performs it on the page
 * by keyboard. The cue of step i starts when step i began.
 */
const RECORDINGS = {
  track_parcel: {
    path: '/',
    ready: (page) => page.locator(`tx-order-tracker[order-id="${DELIVERED}"] [part="timeline-toggle"]`).waitFor(),
    steps: [
      // Open your orders and choose the order.
      (page) => tabTo(page, 'the delivered order', (seen) => seen.hosts.includes(DELIVERED)),
      // Each parcel shows its status, when it should arrive, the carrier and the tracking number: read, no key.
      async () => {},
      // Show all updates.
      async (page) => {
        await tabTo(page, 'Show all updates', (seen) => seen.part === 'timeline-toggle', { limit: 5 });
        await page.keyboard.press('Enter');
      },
      // Late or a problem: "I didn't get it" (Report not received, Contact the seller).
      async (page) => {
        await tabTo(page, 'I didn’t get it', (seen) => seen.part === 'not-received-toggle', { back: true, limit: 5 });
        await page.keyboard.press('Enter');
      },
    ],
  },
  request_refund: {
    path: '/account.html',
    ready: (page) => page.locator('tx-order-hub [part="order"]').first().waitFor(),
    steps: [
      // Open the order and choose Request a refund.
      async (page) => {
        await tabTo(page, 'the delivered order', (seen) => seen.part === 'order' && /TX-1007/.test(seen.text));
        await page.keyboard.press('Enter');
        await tabTo(page, 'Ask for a refund', (seen) => seen.part === 'request-refund-button', { limit: 40 });
        await page.keyboard.press('Enter');
        await page.locator('#case-dialog tx-refund-request [part="submit-button"]').waitFor();
      },
      // Choose Refund, pick the items and quantities, and give a reason.
      async (page) => {
        await tabTo(page, 'A refund', (seen) => seen.hosts.includes('tx-refund-request') && seen.type === 'radio');
        await tabTo(page, 'the item', (seen) => seen.type === 'checkbox', { limit: 3 });
        await page.keyboard.press('Space');
        await tabTo(page, 'the reason', (seen) => seen.part === 'reason', { limit: 3 });
        await page.keyboard.press('ArrowDown');
      },
      // Check the amount and send the request.
      async (page) => {
        await tabTo(page, 'Send request', (seen) => seen.part === 'submit-button', { limit: 4 });
        await page.keyboard.press('Enter');
        await page.locator('#case-dialog tx-refund-request [part="submit-button"]').waitFor({ state: 'detached' });
      },
      // Follow the request on the same page.
      (page) => page.keyboard.press('Tab'),
    ],
  },
  open_dispute: {
    path: '/',
    ready: (page) => page.locator(`tx-order-tracker[order-id="${COMPLETED}"] [part="not-received-toggle"]`).waitFor(),
    steps: [
      // Open the order and choose Report a problem.
      async (page) => {
        await tabTo(
          page,
          'I didn’t get it',
          (seen) => seen.hosts.includes(COMPLETED) && seen.part === 'not-received-toggle',
        );
        await page.keyboard.press('Enter');
        await tabTo(page, 'Report not received', (seen) => seen.part === 'problem-action', { limit: 5 });
        await page.keyboard.press('Enter');
        await page.locator('#case-dialog tx-dispute-form [part="submit-button"]').waitFor();
      },
      // Choose a reason and the items, describe what happened, and say what you want.
      async (page) => {
        await tabTo(page, 'the reason', (seen) => seen.hosts.includes('tx-dispute-form') && seen.type === 'radio');
        await page.keyboard.press('Space');
        await tabTo(page, 'the item', (seen) => seen.type === 'checkbox', { limit: 3 });
        await page.keyboard.press('Space');
        await tabTo(page, 'the description', (seen) => seen.part === 'description', { limit: 3 });
        await page.keyboard.type('The jar was cracked when it arrived.', { delay: 40 });
        await tabTo(page, 'the outcome', (seen) => seen.type === 'radio', { limit: 3 });
        await page.keyboard.press('Space');
      },
      // Add photos or documents if you have them, then send.
      async (page) => {
        await tabTo(page, 'Add photos or documents', (seen) => seen.part === 'evidence-input', { limit: 3 });
        await page.waitForTimeout(1000);
        await tabTo(page, 'Open case', (seen) => seen.part === 'submit-button', { limit: 3 });
        await page.keyboard.press('Enter');
        await page.locator('#case-dialog tx-dispute-form [part="submit-button"]').waitFor({ state: 'detached' });
      },
      // Follow the case.
      (page) => page.keyboard.press('Tab'),
    ],
  },
};

/** `mm:ss.ttt` for WebVTT. */
const timestamp = (ms) => {
  const total = Math.round(ms);
  const minutes = Math.floor(total / 60_000);
  const seconds = Math.floor((total % 60_000) / 1000);
  const pad = (value, width) => String(value).padStart(width, '0');
  return `${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(total % 1000, 3)}`;
};

/** WebVTT: one cue per step, from when it began to when the next began (the last to the end). */
function webVtt(starts, duration, steps) {
  const cues = steps.map((text, index) => {
    const end = index + 1 < starts.length ? starts[index + 1] : duration;
    return `${index + 1}\n${timestamp(starts[index])} --> ${timestamp(end)}\n${text}\n`;
  });
  return `WEBVTT\n\n${cues.join('\n')}`;
}

/** One frame per 1/FPS second (the latest screenshot taken by then), encoded with ffmpeg to VP9 WebM. */
function encode(frames, duration, output) {
  const dir = mkdtempSync(join(tmpdir(), 'guide-frames-'));
  try {
    const count = Math.ceil((duration / 1000) * FPS);
    let next = 0;
    for (let tick = 0; tick < count; tick++) {
      const at = (tick * 1000) / FPS;
      while (next + 1 < frames.length && frames[next + 1].at <= at) next++;
      writeFileSync(join(dir, `${String(tick).padStart(5, '0')}.jpg`), frames[next].image);
    }
    const args = ['-y', '-loglevel', 'error', '-framerate', String(FPS), '-i', join(dir, '%05d.jpg')];
    args.push('-c:v', 'libvpx-vp9', '-b:v', '0', '-crf', '42', '-pix_fmt', 'yuv420p', '-an', output);
    const result = spawnSync('ffmpeg', args, { stdio: 'inherit' });
    if (result.error || result.status !== 0)
      throw new Error('ffmpeg failed: install Debian’s package (apt-get install -y ffmpeg)', { cause: result.error });
    return (count * 1000) / FPS;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every locale's captions of one video: that locale's steps, each from when the script performed it. */
async function writeCaptions(id, starts, duration) {
  for (const locale of Object.keys(guideLoaders)) {
    const { default: guides } = await guideLoaders[locale]();
    const steps = guides[id].steps;
    if (steps.length !== starts.length)
      throw new Error(`${id} has ${steps.length} steps in ${locale}, the recording performs ${starts.length}`);
    writeFileSync(join(OUT_DIR, guideCaptionsFile(id, locale)), webVtt(starts, duration, steps));
  }
}

/** Milliseconds of a WebVTT `mm:ss.ttt` (or `hh:mm:ss.ttt`) time. */
const millis = (time) => time.split(':').reduce((total, part) => total * 60 + Number(part), 0) * 1000;

/** The cue starts and the end of the last cue in a video's English captions (what the recording timed). */
function recordedTimes(id) {
  const vtt = readFileSync(join(OUT_DIR, guideCaptionsFile(id, 'en')), 'utf8');
  const cues = [...vtt.matchAll(/^([\d:.]+) --> ([\d:.]+)$/gm)];
  if (!cues.length) throw new Error(`${guideCaptionsFile(id, 'en')} has no cues: record the video first`);
  return { starts: cues.map((cue) => Math.round(millis(cue[1]))), duration: Math.round(millis(cues.at(-1)[2])) };
}

async function record(browser, storefrontUrl, id) {
  const recording = RECORDINGS[id];
  if (!recording) throw new Error(`No recording for the guide "${id}": add one to RECORDINGS`);
  const page = await browser.newPage({ viewport: VIEWPORT, reducedMotion: 'reduce' });
  try {
    await page.goto(new URL(recording.path, storefrontUrl).href);
    await recording.ready(page);
    const frames = startFrames(page);
    const starts = [];
    let recorded = 0;
    let shots;
    try {
      for (const step of recording.steps) {
        starts.push(Math.round(frames.now()));
        await step(page);
        await page.waitForTimeout(HOLD_MS);
      }
      recorded = frames.now();
    } finally {
      shots = await frames.stop(); // also when a step failed: no screenshot of a closed page
    }
    const video = join(OUT_DIR, guideVideoFile(id));
    const duration = encode(shots, recorded, video);
    const bytes = statSync(video).size;
    if (bytes > MAX_BYTES)
      throw new Error(`${id}.webm is ${bytes} bytes, over ${MAX_BYTES}: lower FPS or the viewport`);
    await writeCaptions(id, starts, duration);
    console.log(
      `  ${id}: ${(duration / 1000).toFixed(1)} s, ${Math.round(bytes / 1000)} kB, captions in ${Object.keys(guideLoaders).length} locales`,
    );
  } finally {
    await page.close();
  }
}

const captionsOnly = process.argv.includes('--captions-only');
const only = process.argv.slice(2).filter((arg) => arg !== '--captions-only');
const ids = only.length ? GUIDE_VIDEO_IDS.filter((id) => only.includes(id)) : GUIDE_VIDEO_IDS;
if (captionsOnly) {
  for (const id of ids) {
    const { starts, duration } = recordedTimes(id);
    await writeCaptions(id, starts, duration);
    console.log(`  ${id}: captions in ${Object.keys(guideLoaders).length} locales (cue times of the recording)`);
  }
  process.exit(0);
}
mkdirSync(OUT_DIR, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'guide-videos-db-'));
const probe = await import('node:net').then(
  ({ createServer }) =>
    new Promise((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address();
        server.close(() => resolve(port));
      });
    }),
);
const api = await startServer({
  dataDir,
  port: 0,
  host: '127.0.0.1',
  demo: true,
  logLevel: 'warn',
  config: { allowedOrigins: [`http://127.0.0.1:${probe}`] },
});
const storefront = await startStorefront({ apiBase: api.url, port: probe, secretKey: DEMO_KEYS.secretKey });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
try {
  console.log(`Recording ${ids.length} guide videos into ${OUT_DIR}`);
  for (const id of ids) await record(browser, storefront.url, id);
} finally {
  await browser.close();
  await storefront.close();
  await api.close();
  rmSync(dataDir, { recursive: true, force: true });
}
