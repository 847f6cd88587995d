/**
 * A Finnish phone number as Finns write it, for display only (the `tel:` link keeps the
 * number's own digits): `+358502669903` → `+358 50 266 9903`, `093101691` → `09 310 1691`.
 * The area code or mobile prefix stands apart, then the subscriber number with its last
 * four digits (three, when it has five or six) together. A number that is not Finnish, or
 * that does not parse, is returned as written.
 */
export function formatPhone(written: string): string {
  const text = written.trim();
  // "+358 (0)50 …": the trunk "(0)" is not dialled from abroad; "00" is the call prefix.
  const number = /^(?:\+|00)358(\d+)$|^0(\d+)$/.exec(text.replace(/\(0\)|[\s()-]/g, ''));
  if (!number) return text;
  const national = number[1] ?? number[2]!;
  const prefix = PREFIX.exec(national)?.[0];
  const subscriber = national.slice(prefix?.length ?? 0);
  if (!prefix || subscriber.length < 4 || subscriber.length > 8) return text;
  const last = subscriber.length > 6 ? 4 : 3;
  const grouped = subscriber.length > 4 ? `${subscriber.slice(0, -last)} ${subscriber.slice(-last)}` : subscriber;
  return number[1] ? `+358 ${prefix} ${grouped}` : `0${prefix} ${grouped}`;
}

/**
 * The area code or prefix after the trunk 0: mobile 4x and 50, the two-digit areas 13–19,
 * national and service numbers 10, 20, 29, 30, 60, 70–75, 80 (three digits when a 0
 * follows: 100, 800 …), else a one-digit area (2, 3, 5, 6, 8, 9).
 */
const PREFIX = /^(?:4\d|50|1[3-9]|(?:10|20|30|60|70|80)0|10|20|29|30|60|7[0-5]|80|[235689])/;
