/**
 * Luhn (mod 10) check over a string of ASCII digits. Used by the Canadian SIN (CRA T4 specification),
 * the Ontario health number (Ministry of Health HCV manual) and payment card numbers (ISO/IEC 7812).
 * From the right, every second digit is doubled and 9 subtracted when the result exceeds 9;
 * the total must be a multiple of 10.
 */
export function passesLuhn(digits: string): boolean {
  if (digits.length === 0) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    const code = digits.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return false;
    let value = double ? code * 2 : code;
    if (value > 9) value -= 9;
    sum += value;
    double = !double;
  }
  return sum % 10 === 0;
}
