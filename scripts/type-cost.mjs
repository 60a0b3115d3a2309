// The type cost of our packages for a TypeScript user (issue 17, item 7): used by scripts/pack-check.mjs on
// the tarballs installed in its scratch app. Compiles small consumer scripts (of `@txassist/sdk`, of
// `@txassist/elements` and of `@txassist/react`) and an empty file with `tsc --extendedDiagnostics`
// (skipLibCheck off, as a strict user has it) and reports the instantiations of each, and every zod declaration
// file a consumer's program (or one loading the package's other entries) loaded: none of these packages'
// declarations may reach zod (they take the contract's types from the zod-free `@txassist/contract/types`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A storefront page's use of the SDK: the client, an order, a list, events, errors and the checkout flow. */
export const CONSUMER_SCRIPT = `import { ApiError, CheckoutFlow, createClient, type TxClient } from '@txassist/sdk';
import type { Order, OrderStatus, PageOf, TxEvent } from '@txassist/sdk';

const client: TxClient = createClient({
  apiBase: 'https://api.example.com',
  publishableKey: 'pk_test_123',
  getSessionToken: async () => 'token',
});

export async function latestStatus(orderId: string): Promise<OrderStatus | undefined> {
  try {
    const order: Order = await client.orders.get(orderId);
    return order.status;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

export async function firstPage(): Promise<PageOf<Order>> {
  return client.orders.list({ limit: 10 });
}

export function describe(event: TxEvent): string {
  return event.type === 'order.updated' ? event.data.object.id : event.type;
}

export const flow = new CheckoutFlow(client);
export const total = (order: Order) => order.amounts.total.amount;
`;

/** A page's use of the elements: an element class, its properties and its events, with their payload types. */
export const ELEMENTS_CONSUMER_SCRIPT = `import { TxOrderTracker, TxOrderLoadEvent, type TxReportProblemEvent } from '@txassist/elements';
import type { TxCaseSelectEvent } from '@txassist/elements/events';

export function mountTracker(parent: HTMLElement, orderId: string): TxOrderTracker {
  const tracker = new TxOrderTracker();
  tracker.orderId = orderId;
  tracker.addEventListener(TxOrderLoadEvent.type, (event) => {
    if (event instanceof TxOrderLoadEvent) console.log(event.order.status, event.order.amounts.total.amount);
  });
  tracker.addEventListener('tx-report-problem', (event: TxReportProblemEvent) => console.log(event.action));
  parent.append(tracker);
  return tracker;
}

export const caseKind = (event: TxCaseSelectEvent) => event.kind;
`;

/** A React page's use of the bindings: the provider and an element component with an event handler. */
export const REACT_CONSUMER_SCRIPT = `import { OrderTracker, TxProvider, useTxClient } from '@txassist/react';
import type { TxOrderLoadEvent } from '@txassist/elements/events';

export function Tracker({ orderId }: { orderId: string }) {
  const onLoad = (event: TxOrderLoadEvent) => console.log(event.order.status);
  return (
    <TxProvider apiBase="https://api.example.com" publishableKey="pk_test_123" locale="en-US">
      <OrderTracker orderId={orderId} onOrderLoad={onLoad} />
    </TxProvider>
  );
}

export const useClient = () => useTxClient();
`;

/** Loads the declarations of the SDK's other public entries. */
const SDK_ENTRIES = `import type * as i18n from '@txassist/sdk/i18n';
import type * as server from '@txassist/sdk/server';
export type Entries = [typeof i18n, typeof server];
`;

/** `import type * as` every public module entry of `@txassist/<name>` (installed in `app`), minus `skip`. */
function entriesScript(app, name, skip = []) {
  const manifest = JSON.parse(readFileSync(join(app, 'node_modules/@txassist', name, 'package.json'), 'utf8'));
  const specifiers = Object.keys(manifest.exports)
    .filter((subpath) => !subpath.includes('*') && !subpath.endsWith('.json') && !skip.includes(subpath))
    .map((subpath) => `@txassist/${name}${subpath.slice(1)}`);
  const imports = specifiers.map((specifier, index) => `import type * as e${index} from '${specifier}';`);
  const types = specifiers.map((_, index) => `typeof e${index}`).join(', ');
  return `${imports.join('\n')}\nexport type Entries = [${types}];\n`;
}

/**
 * What a consumer's compiler pays for each package, in `app` (a folder whose node_modules holds the packages
 * and `@types/react`): for `sdk`, `elements` and `react`, the instantiations of its consumer script, the
 * `@txassist` declaration files (count, bytes) it loaded, and the zod declaration files its program or the one
 * loading the package's other entries loaded (must be none); and the instantiations of an empty file (without
 * and with JSX, the React consumer's baseline).
 */
export function measureTypeCost(app, tsc) {
  const dir = join(app, 'type-cost');
  mkdirSync(dir, { recursive: true });
  const compilerOptions = {
    noEmit: true,
    strict: true,
    skipLibCheck: false,
    target: 'es2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    lib: ['es2023', 'dom', 'dom.iterable'],
    types: [],
  };
  // JSX only for the React programs: with `jsx` set, even an empty file loads React's types (~81,000 instantiations).
  const withJsx = (file) => /^react-/.test(file);
  const compile = (file, source, extra = []) => {
    writeFileSync(join(dir, file), source);
    const project = join(dir, `tsconfig.${file}.json`);
    const options = withJsx(file) ? { ...compilerOptions, jsx: 'react-jsx' } : compilerOptions;
    writeFileSync(project, JSON.stringify({ compilerOptions: options, files: [file] }, null, 2));
    try {
      return execFileSync(tsc, ['-p', project, '--extendedDiagnostics', ...extra], { cwd: dir, encoding: 'utf8' });
    } catch (error) {
      throw new Error(`tsc ${file} failed:\n${error.stdout}${error.stderr}`);
    }
  };
  const instantiations = (out) => Number(/^Instantiations:\s+(\d+)/m.exec(out)?.[1]);
  const declarations = (out) =>
    out
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /\.d\.[cm]?ts$/.test(line));
  const measure = (name, file, source, entries) => {
    const consumer = compile(file, source, ['--listFiles']);
    const files = declarations(consumer);
    const loaded = [...files, ...declarations(compile(`${name}-entries.ts`, entries, ['--listFiles']))];
    const zodFiles = [...new Set(loaded)].filter((line) => /[\\/]node_modules[\\/]zod[\\/]/.test(line));
    // Bytes of our packages' declaration files the consumer's program loaded.
    const ours = files.filter((line) => /[\\/]node_modules[\\/]@txassist[\\/]/.test(line));
    const declarationBytes = ours.reduce((sum, path) => sum + statSync(path).size, 0);
    return { consumer: instantiations(consumer), declarationFiles: ours.length, declarationBytes, zodFiles };
  };
  return {
    // Every other SDK entry's declarations too (not `@txassist/sdk/validation`: it brings zod by design).
    sdk: measure('sdk', 'consumer.ts', CONSUMER_SCRIPT, SDK_ENTRIES),
    // `./vue` is left out: it is types for Vue users and needs `vue` installed (test/frameworks checks it).
    elements: measure(
      'elements',
      'elements-consumer.ts',
      ELEMENTS_CONSUMER_SCRIPT,
      entriesScript(app, 'elements', ['./vue']),
    ),
    react: measure('react', 'react-consumer.tsx', REACT_CONSUMER_SCRIPT, entriesScript(app, 'react')),
    empty: instantiations(compile('empty.ts', 'export {};\n')),
    // The React consumer's baseline: an empty file compiled with `jsx` (it loads React's own types).
    emptyReact: instantiations(compile('react-empty.tsx', 'export {};\n')),
  };
}
