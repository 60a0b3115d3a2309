import './axe.js';

/** The parts of axe-core's internals used here; its typings leave them out, the runtime has them. */
interface AxeInternals {
  setup(node?: Element | Document): unknown;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: {
    aria: { getRole(node: unknown, options?: { noImplicit?: boolean }): string | null };
    text: { accessibleTextVirtual(node: unknown): string };
    dom: { isVisibleToScreenReaders(node: unknown): boolean };
  };
}

const axeInternals = () => window.axe as unknown as AxeInternals;

/** One node of the accessibility tree as assistive technology gets it: computed role, accessible name, live setting. */
export interface AccessibleNode {
  readonly role: string;
  readonly name: string;
  readonly live: string | undefined;
  readonly element: Element;
}

const LIVE_ROLES: Readonly<Record<string, string>> = { alert: 'assertive', status: 'polite', log: 'polite' };

/**
 * The accessibility tree under `root` (shadow roots included), flattened in document order, keeping
 * nodes with a role and hidden ones left out: what a screen reader can reach. Roles and names are
 * computed by axe-core's implementation of ARIA and accname, not read from attributes.
 */
export function accessibilityTree(root: Element): AccessibleNode[] {
  const axe = axeInternals();
  axe.setup(root.ownerDocument);
  try {
    const nodes: AccessibleNode[] = [];
    const visit = (element: Element) => {
      const virtual = axe.utils.getNodeFromTree(element);
      if (virtual && axe.commons.dom.isVisibleToScreenReaders(virtual)) {
        const role = axe.commons.aria.getRole(virtual);
        if (role && role !== 'generic' && role !== 'presentation' && role !== 'none') {
          const live = element.getAttribute('aria-live') ?? LIVE_ROLES[role];
          nodes.push({ role, name: axe.commons.text.accessibleTextVirtual(virtual).trim(), live, element });
        }
      }
      const children = element.shadowRoot ? element.shadowRoot.children : element.children;
      for (const child of children) visit(child);
      // Slotted light-DOM children are reached from the host's own children above only without a shadow root.
      if (element.shadowRoot) for (const child of element.children) visit(child);
    };
    visit(root);
    return nodes;
  } finally {
    axe.teardown();
  }
}

/** The nodes with `role` (and, if given, exactly `name`). */
export function nodesWithRole(tree: readonly AccessibleNode[], role: string, name?: string): AccessibleNode[] {
  return tree.filter((node) => node.role === role && (name === undefined || node.name === name));
}
