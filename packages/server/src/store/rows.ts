/** Drivers hand back timestamps as Date (pg, PGlite) and bigints as string or bigint; normalise here. */
export function iso(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return new Date(String(value)).toISOString();
}

export function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}
