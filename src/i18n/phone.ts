/**
 * A Finnish phone number as Finns write it, for display only (the `tel:` link keeps the
 * number's own digits): `+358502669903` → `+358 50 266 9903`, `093101691` → `09 310 1691`.
 * The area code or mobile prefix stands apart, then the subscriber number in groups with
 * the last four digits together. A number that is not Finnish, or that does not parse,
 * is returned as written.
 */
export function formatPhone(written: string): string {
  const text = written.trim();
  // "+358 (0)50 …": the trunk "(0)" is not dialled from abroad.
  const compact = text.replace(/^(\+358)\s*\(0\)/, '$1').replace(/[\s()-]/g, '');
  let national: string;
  let international: boolean;
  if (/^\+358\d+$/.test(compact)) {
    national = compact.slice(4);
    international = true;
  } else if (/^00358\d+$/.test(compact)) {
    national = compact.slice(5);
    international = true;
  } else if (/^0\d+$/.test(compact)) {
    national = compact.slice(1);
    international = false;
  } else {
    return text;
  }
  const prefixLength = prefixDigits(national);
  const prefix = national.slice(0, prefixLength);
  const subscriber = national.slice(prefixLength);
  if (!prefix || subscriber.length < 4 || subscriber.length > 8) return text;
  const grouped = groupSubscriber(subscriber);
  return international ? `+358 ${prefix} ${grouped}` : `0${prefix} ${grouped}`;
}

/**
 * How many digits after the trunk 0 form the area code or prefix: mobile 4x and 50,
 * the two-digit areas 13–19, national and service numbers 10, 20, 29, 30, 60, 70–75,
 * 80 (three digits: 100, 200, 600 …), else a one-digit area (2, 3, 5, 6, 8, 9).
 */
function prefixDigits(national: string): number {
  if (/^(4\d|50)/.test(national)) return 2;
  if (/^1[3-9]/.test(national)) return 2;
  if (/^(10|20|30|60|70|80)0/.test(national)) return 3;
  if (/^(10|20|29|30|60|7[0-5]|80)/.test(national)) return 2;
  if (/^[235689]/.test(national)) return 1;
  return 0;
}

/** `2669903` → `266 9903`, `123456` → `123 456`, `12345678` → `1234 5678`. */
function groupSubscriber(digits: string): string {
  if (digits.length <= 4) return digits;
  if (digits.length <= 6) return `${digits.slice(0, digits.length - 3)} ${digits.slice(-3)}`;
  return `${digits.slice(0, digits.length - 4)} ${digits.slice(-4)}`;
}
