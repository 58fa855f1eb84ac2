// Text from a pack (names, keys, messages) goes to a terminal, where control characters are
// commands: "\r" and ESC sequences can rub out a line and print "✓ valid" over an error, and
// bidirectional overrides can reorder what is shown. Every such character is shown as \uXXXX.
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
