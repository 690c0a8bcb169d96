/**
 * Ordering of sortable date keys ("-0300", "0911", "1356-06", "2017-01-19"): by year, then
 * month, then day; a key that names only a year comes before the days of that year. Events
 * without a key keep their place after the dated ones (sorts are stable).
 */
function parts(key: string): [number, number, number] {
  const match = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(key);
  return [Number(match?.[1] ?? 0), Number(match?.[2] ?? 0), Number(match?.[3] ?? 0)];
}

export function compareDates(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined)
    return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
  const [x, y] = [parts(a), parts(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** The latest of some date keys, or undefined when none is given. */
export function latestDate(keys: Iterable<string | null | undefined>): string | undefined {
  let latest: string | undefined;
  for (const key of keys) {
    if (key && (latest === undefined || compareDates(key, latest) > 0)) latest = key;
  }
  return latest;
}
