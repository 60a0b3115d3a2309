/**
 * The guide videos recorded by scripts/record-guide-videos.mjs (node): every guide with a video has
 * its WebM (small) and WebVTT captions in every supported locale; each captions file parses (WEBVTT
 * header, cues in order, none overlapping, all within the video's duration — from ffprobe when it is
 * installed, otherwise from the WebM header) and its cue texts are that locale's steps of the guide.
 * Nothing else lies in the media folder.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { AVAILABLE_LOCALES } from '@txassist/sdk/i18n';
import { DEFAULT_GUIDE_MEDIA_BASE, guideMediaBase } from '../../packages/elements/src/help-assistant/guide-video.js';
import { guideLoaders } from '../../packages/elements/src/help-assistant/guides/loaders.js';
import type { GuideModule } from '../../packages/elements/src/help-assistant/guides/types.js';
import {
  GUIDE_VIDEO_IDS,
  guideCaptionsFile,
  guideVideoFile,
} from '../../packages/elements/src/help-assistant/guides/videos.js';
import { webmDurationMs } from './webm-duration.js';

const MEDIA_DIR = fileURLToPath(new URL('../../packages/elements/media/guides/', import.meta.url));
const MAX_VIDEO_BYTES = 400_000;
/** Every locale the guides have (the catalogs' locales; es-MX reads the Spanish guides). */
const LOCALES = [...new Set([...AVAILABLE_LOCALES, ...Object.keys(guideLoaders)])];

interface Cue {
  start: number;
  end: number;
  text: string;
}

/** `hh:mm:ss.ttt` or `mm:ss.ttt` in milliseconds. */
function milliseconds(stamp: string): number {
  const match = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/.exec(stamp);
  assert.ok(match, `a WebVTT timestamp: ${stamp}`);
  const [, hours = '0', minutes, seconds, millis] = match;
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + Number(millis);
}

/** A WebVTT file's cues (a strict reading of what the recorder writes: header, blank line, cue blocks). */
function parseWebVtt(text: string): Cue[] {
  assert.ok(/^(\uFEFF)?WEBVTT(?:[ \t][^\n]*)?\n/.test(text), 'starts with the WEBVTT header line');
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .slice(1);
  return blocks
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n').filter((line) => line !== '');
      const timing = lines.findIndex((line) => line.includes('-->'));
      assert.ok(timing === 0 || timing === 1, `a cue (optional id, then timing): ${JSON.stringify(block)}`);
      const [start, end] = lines[timing]!.split(/\s+-->\s+/).map((part) => part.split(/\s/)[0]!);
      const body = lines.slice(timing + 1).join('\n');
      assert.ok(body.trim(), `a cue with text: ${JSON.stringify(block)}`);
      assert.ok(!body.includes('-->'), `no "-->" in cue text: ${JSON.stringify(block)}`);
      return { start: milliseconds(start!), end: milliseconds(end!), text: body };
    });
}

/** The video's duration: ffprobe's when it is installed, the WebM header's otherwise (and both must agree). */
function durationMs(file: string): number {
  const fromHeader = webmDurationMs(readFileSync(file));
  const probe = spawnSync('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file], {
    encoding: 'utf8',
  });
  if (probe.error) return fromHeader; // no ffprobe here
  assert.equal(probe.status, 0, probe.stderr);
  const fromProbe = Number(probe.stdout.trim()) * 1000;
  assert.ok(Math.abs(fromProbe - fromHeader) < 1, `ffprobe (${fromProbe} ms) and the header (${fromHeader} ms) agree`);
  return fromProbe;
}

describe('guide videos and their captions', () => {
  it('at least three guides have a video, each a small WebM of a few seconds', () => {
    assert.ok(GUIDE_VIDEO_IDS.length >= 3, 'three guides or more carry a video');
    for (const id of GUIDE_VIDEO_IDS) {
      const file = MEDIA_DIR + guideVideoFile(id);
      const bytes = statSync(file).size;
      assert.ok(bytes <= MAX_VIDEO_BYTES, `${id}.webm is ${bytes} bytes, at most ${MAX_VIDEO_BYTES}`);
      const duration = durationMs(file);
      assert.ok(duration > 3000 && duration < 120_000, `${id}.webm lasts ${duration} ms`);
    }
  });

  for (const id of GUIDE_VIDEO_IDS) {
    it(`${id}: captions in every locale, well formed, within the video, with that locale's steps`, async () => {
      const duration = durationMs(MEDIA_DIR + guideVideoFile(id));
      let englishTimes: string | undefined;
      for (const locale of LOCALES) {
        const file = MEDIA_DIR + guideCaptionsFile(id, locale);
        const cues = parseWebVtt(readFileSync(file, 'utf8'));
        const { default: guides } = (await (guideLoaders[locale] ?? guideLoaders['en']!)()) as GuideModule;
        assert.deepEqual(
          cues.map((cue) => cue.text),
          [...guides[id].steps],
          `${locale}: the cues are the guide's steps`,
        );
        cues.forEach((cue, index) => {
          assert.ok(cue.start < cue.end, `${locale} cue ${index + 1} ends after it starts`);
          assert.ok(cue.start >= 0 && cue.end <= duration + 1, `${locale} cue ${index + 1} is within ${duration} ms`);
          if (index > 0)
            assert.ok(cue.start >= cues[index - 1]!.end, `${locale} cue ${index + 1} starts after the one before ends`);
        });
        // One recording: every language's cues have the same times.
        const times = JSON.stringify(cues.map(({ start, end }) => [start, end]));
        englishTimes ??= times;
        assert.equal(times, englishTimes, `${locale}: the same timings as the other locales`);
      }
    });
  }

  it('the media folder holds only the videos and their captions', () => {
    const expected = new Set(
      GUIDE_VIDEO_IDS.flatMap((id) => [guideVideoFile(id), ...LOCALES.map((locale) => guideCaptionsFile(id, locale))]),
    );
    assert.deepEqual(
      readdirSync(MEDIA_DIR).filter((file) => !expected.has(file)),
      [],
    );
  });

  it('the media base: the attribute read against the page and ending in "/", the default for none or no URL', () => {
    const page = 'https://shop.example/help/page.html';
    assert.equal(guideMediaBase('/static/media', page), 'https://shop.example/static/media/');
    assert.equal(guideMediaBase('media/', page), 'https://shop.example/help/media/');
    assert.equal(guideMediaBase('https://cdn.example/g/', page), 'https://cdn.example/g/');
    assert.equal(guideMediaBase(null, page), DEFAULT_GUIDE_MEDIA_BASE);
    assert.equal(guideMediaBase('  ', page), DEFAULT_GUIDE_MEDIA_BASE);
    assert.equal(guideMediaBase('http://[::1', page), DEFAULT_GUIDE_MEDIA_BASE);
    assert.match(DEFAULT_GUIDE_MEDIA_BASE, /\/guide-media\/$/);
  });

  it('a malformed captions file is refused', () => {
    assert.throws(() => parseWebVtt('1\n00:00.000 --> 00:01.000\nno header\n'), /WEBVTT header/);
    assert.throws(() => parseWebVtt('WEBVTT\n\n1\n00:00.000 -> 00:01.000\nbad arrow\n'), /a cue/);
    assert.throws(() => parseWebVtt('WEBVTT\n\n1\n00:61.000 --> 01:01.000\nbad seconds\n'), /timestamp/);
  });
});
