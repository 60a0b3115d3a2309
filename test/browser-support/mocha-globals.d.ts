// Mocha's globals as @web/test-runner-mocha provides them in the browser (without pulling in @types/mocha).
declare global {
  interface MochaContext {
    timeout(ms: number): void;
  }
  type MochaTest = (this: MochaContext) => void | Promise<void>;
  function describe(title: string, body: (this: MochaContext) => void): void;
  function it(title: string, test: MochaTest): void;
  function before(hook: MochaTest): void;
  function after(hook: MochaTest): void;
  function beforeEach(hook: MochaTest): void;
  function afterEach(hook: MochaTest): void;
}

export {};
