/** The focused element, looking into shadow roots (the button the buyer pressed inside another element). */
export function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/**
 * Whether focus may still be moved for the buyer after an asynchronous render (a step opened, a chunk
 * loaded): only while it is where it was when they acted (`from`, the control they pressed) or lost
 * (that control is gone and focus fell to the page or the element). Once they moved it themselves
 * (tabbed on to Place order, say), it is theirs: a late move would make their next key press land elsewhere.
 */
export function focusUnmovedSince(from: HTMLElement | undefined, host: HTMLElement): boolean {
  const now = deepActiveElement();
  return now === undefined || now === from || now === document.body || now === host;
}
