/** CLDR plural categories, as `Intl.PluralRules#select` returns them. `other` is always required. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * Plural forms picked by `{count}`. A locale gives exactly the categories its `Intl.PluralRules`
 * uses (English: one, other; Arabic: all six; Japanese: other only); a test checks it.
 */
export type PluralMessage = { readonly [Category in Exclude<PluralCategory, 'other'>]?: string } & {
  readonly other: string;
};

/** A message is plain text with `{name}` placeholders, or a set of plural forms picked by `{count}`. */
export type Message = string | PluralMessage;

/** Placeholder names used in a message template: `'{count} × {price}'` → `'count' | 'price'`. */
export type Placeholders<Template extends string> = Template extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** A value a placeholder accepts: text, a number, a date, or money in minor units (formatted through Intl). */
export type ParamValue = string | number | Date | { readonly amount: number; readonly currency: string };

type PlaceholdersOf<M> = M extends string
  ? Placeholders<M>
  : M extends PluralMessage
    ? Placeholders<M[keyof M] & string>
    : never;

/** The params object a message needs; plural messages always need a numeric `count`. */
export type ParamsOf<M> = M extends PluralMessage
  ? { readonly count: number } & { readonly [Name in Exclude<PlaceholdersOf<M>, 'count'>]: ParamValue }
  : { readonly [Name in PlaceholdersOf<M>]: ParamValue };
