/**
 * Custom Elements Manifest from the JSDoc on the element classes (`npm run analyze`).
 * The plugin keeps the manifest to the public surface: documented `tx-` events (typed by their
 * Event class), no private or `#` members, no Lit static plumbing.
 */
const LIT_STATICS = new Set(['styles', 'shadowRootOptions', 'properties', 'elementProperties']);
/** Base classes whose first type argument is the element's client. */
const CLIENT_BASES = new Set(['TxElement', 'TxLoadingElement', 'TxCaseForm']);

function pascal(kebab) {
  return kebab.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
}

function publicSurface() {
  /**
   * Class name → the client type it gives `TxElement<Client>` (or the case-form base, whose first type
   * argument is the same), so inherited members show the concrete type.
   */
  const clientTypes = new Map();
  return {
    name: 'txassist-public-surface',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const type of node.heritageClauses?.flatMap((clause) => clause.types) ?? []) {
        if (CLIENT_BASES.has(type.expression.getText()) && type.typeArguments?.length) {
          clientTypes.set(node.name.getText(), type.typeArguments[0].getText());
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer lists modules in the order its file reads finish, which varies run to run: sorted, the
      // committed manifest changes only when the source does (and scripts/check-manifest.mjs can compare it).
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      const eventClasses = new Set(
        customElementsManifest.modules.flatMap((module) =>
          (module.declarations ?? [])
            .filter((d) => d.kind === 'class' && /^Tx\w+Event$/.test(d.name))
            .map((d) => d.name),
        ),
      );
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const client = clientTypes.get(declaration.name);
          for (const member of (client && declaration.members) || []) {
            if (CLIENT_BASES.has(member.inheritedFrom?.name) && member.type?.text) {
              member.type = { ...member.type, text: member.type.text.replace(/\bClient\b/g, client) };
            }
          }
          if (declaration.attributes) {
            // `static properties` entries with `state: true` are private state, not attributes.
            const hidden = new Set(
              (declaration.members ?? [])
                .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
                .map((member) => member.name),
            );
            declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
          }
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) =>
                member.privacy !== 'private' &&
                member.privacy !== 'protected' &&
                !member.name.startsWith('#') &&
                !(member.static && LIT_STATICS.has(member.name)),
            );
          }
          if (declaration.events) {
            // The analyzer also guesses events from `dispatchEvent(new X(arg))`; keep the documented ones.
            declaration.events = declaration.events
              .filter((event) => event.name?.startsWith('tx-') && event.description)
              .map((event) => {
                const className = `Tx${pascal(event.name.slice(3))}Event`;
                return eventClasses.has(className) ? { ...event, type: { text: className } } : event;
              });
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // Style modules are implementation: their CSS text in the manifest would only be noise (and churn).
  // The message catalogs and guides in every language are data, not API: 40 locales made the manifest 3 MB.
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/i18n/catalogs/**', 'src/help-assistant/guides/*.ts'],
  outdir: '.',
  // package.json names custom-elements.json itself: the analyzer would otherwise point it at whatever
  // --outdir says, e.g. the git-ignored temporary folder of scripts/check-manifest.mjs.
  packagejson: false,
  litelement: true,
  plugins: [publicSurface()],
};
