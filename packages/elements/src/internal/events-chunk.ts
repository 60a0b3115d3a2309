// Loaded with import() by `lazy-events.ts`: the SDK's event stream in a chunk of its own.
export { createEventsResource } from '@txassist/sdk';
