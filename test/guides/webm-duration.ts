/**
 * A WebM file's duration in milliseconds from its header (EBML: Segment → Info → TimecodeScale and
 * Duration), for machines without ffprobe. Reads only what it needs; throws on anything else.
 */
const SEGMENT = 0x18538067;
const INFO = 0x1549a966;
const TIMECODE_SCALE = 0x2ad7b1;
const DURATION = 0x4489;
const EBML = 0x1a45dfa3;

/** A variable-length integer at `offset`: its value (with the length marker kept for ids) and length. */
function vint(bytes: Uint8Array, offset: number, keepMarker: boolean): { value: number; length: number } {
  const first = bytes[offset]!;
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
  if (length > 8) throw new Error(`not EBML at byte ${offset}`);
  let value = keepMarker ? first : first & (0xff >> length);
  for (let index = 1; index < length; index++) value = value * 256 + bytes[offset + index]!;
  return { value, length };
}

interface Element {
  id: number;
  start: number; // of the data
  size: number; // of the data; Infinity when unknown (a live Segment)
}

function* children(bytes: Uint8Array, start: number, end: number): Generator<Element> {
  let offset = start;
  while (offset < end) {
    const id = vint(bytes, offset, true);
    const size = vint(bytes, offset + id.length, false);
    const unknown = size.value === 2 ** (7 * size.length) - 1;
    const data = offset + id.length + size.length;
    const element = { id: id.value, start: data, size: unknown ? Infinity : size.value };
    yield element;
    if (unknown) return;
    offset = data + size.value;
  }
}

export function webmDurationMs(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const top = [...children(bytes, 0, Math.min(bytes.length, 64))].slice(0, 1);
  if (top[0]?.id !== EBML) throw new Error('not a WebM file (no EBML header)');
  const afterHeader = top[0].start + top[0].size;
  for (const segment of children(bytes, afterHeader, bytes.length)) {
    if (segment.id !== SEGMENT) continue;
    for (const info of children(bytes, segment.start, Math.min(bytes.length, segment.start + segment.size))) {
      if (info.id !== INFO) continue;
      let scale = 1_000_000; // ns per tick, the default
      let ticks: number | undefined;
      for (const field of children(bytes, info.start, info.start + info.size)) {
        if (field.id === TIMECODE_SCALE) scale = vintless(bytes, field);
        if (field.id === DURATION)
          ticks = field.size === 4 ? view.getFloat32(field.start) : view.getFloat64(field.start);
      }
      if (ticks === undefined) throw new Error('the WebM header has no Duration');
      return (ticks * scale) / 1_000_000;
    }
  }
  throw new Error('the WebM file has no Segment Info');
}

/** An unsigned integer element's value. */
function vintless(bytes: Uint8Array, field: Element): number {
  let value = 0;
  for (let index = 0; index < field.size; index++) value = value * 256 + bytes[field.start + index]!;
  return value;
}
