// `import type {} from '@txassist/react/jsx'`: JSX types for the plain <tx-…> tags (React 19 native custom elements).
export type {} from './jsx.generated.js';
