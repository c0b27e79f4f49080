// Money and counts as people in India read them, in both languages. Amounts arrive as
// plain JSON numbers whatever a binding's i64 type says.

/** ₹1,50,000: Indian grouping in both languages. */
export function rupees(amount: number | bigint): string {
  return `₹${Number(amount).toLocaleString('en-IN')}`;
}

/** ₹850, ₹12k, ₹1.5L, ₹2Cr: short enough to sit on a bar. */
export function shortRupees(amount: number | bigint): string {
  const n = Number(amount);
  const one = (x: number) => String(Math.round(x * 10) / 10);
  if (Math.abs(n) >= 1e7) return `₹${one(n / 1e7)}Cr`;
  if (Math.abs(n) >= 1e5) return `₹${one(n / 1e5)}L`;
  if (Math.abs(n) >= 1e3) return `₹${one(n / 1e3)}k`;
  return `₹${n}`;
}

/** A whole count with Indian grouping (1,20,000). */
export function count(n: number | bigint): string {
  return Number(n).toLocaleString('en-IN');
}
