/** `txassist-data-2026-11-26.json`: the day of the download (UTC, like the API's own file name). */
export function exportFileName(now: Date = new Date()): string {
  return `txassist-data-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * Saves `data` as a pretty-printed JSON file through a Blob and an object URL (no `data:` URL, no inline
 * script: fine under a strict CSP). The link is clicked inside `container` so it stays in the element's
 * shadow root; the URL is released a minute later, once the browser has taken the file.
 */
export function saveJsonFile(container: ParentNode, data: unknown, fileName: string): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  container.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
