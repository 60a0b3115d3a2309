/** Types of locales.js (plain JavaScript, so pages can load it too). */
export declare const LOCALES: readonly (readonly [tag: string, name: string])[];
export declare const RIGHT_TO_LEFT: ReadonlySet<string>;
export declare function directionOf(tag: string): 'rtl' | 'ltr';
