/**
 * Whole numbers in English digit groups ("20,000"), by hand: `toLocaleString` loads locale data
 * on first use, which cost every one-shot run about 10 ms when it sat at import time.
 * @example withThousands(1234567) // '1,234,567'
 */
export function withThousands(value: number): string {
  if (!Number.isSafeInteger(value)) return String(value);
  const digits = String(Math.abs(value));
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) grouped = end - 3 > 0 ? `,${digits.slice(end - 3, end)}${grouped}` : `${digits.slice(0, end)}${grouped}`;
  return value < 0 ? `-${grouped}` : grouped;
}
