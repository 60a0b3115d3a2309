/** Path of the browser; `CHROMIUM_PATH` overrides it. */
export declare const CHROMIUM_PATH: string;
/** Headless, sandbox-free (containers) and quiet: no background traffic, updates, sync or first-run UI. */
export declare const CHROMIUM_ARGS: readonly string[];
