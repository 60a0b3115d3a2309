/** Colour maths for checks axe cannot make (focus rings): parse computed colours, WCAG contrast. */

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Any CSS colour the browser understands, resolved to sRGB through a canvas (handles `rgb()`, `color(srgb …)`, system colours). */
export function parseColour(value: string): Rgba {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = value;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return { r: r!, g: g!, b: b!, a: a! / 255 };
}

function luminance({ r, g, b }: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(first: Rgba, second: Rgba): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The first opaque background at or above `element`, crossing shadow roots; the page's canvas colour if none. */
export function effectiveBackground(element: Element): Rgba {
  for (let node: Element | null = element; node;) {
    const colour = parseColour(getComputedStyle(node).backgroundColor);
    if (colour.a > 0.99) return colour;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return parseColour('Canvas');
}
