/**
 * File names for account names and collection ids. Ids that are already lower-case and plain keep
 * their name; anything else (upper case, ".", ":", "..", long ids) becomes "~" + base32 of its UTF-8
 * bytes, so names never collide on case-insensitive file systems and never leave their directory.
 */
const PLAIN = /^[a-z0-9_-]{1,100}$/;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

export function encodeName(id: string): string {
  return PLAIN.test(id) ? id : `~${base32(Buffer.from(id, 'utf8'))}`;
}

export function decodeName(name: string): string | null {
  if (PLAIN.test(name)) return name;
  if (!name.startsWith('~')) return null;
  const bytes = unbase32(name.slice(1));
  if (!bytes || bytes.length === 0) return null;
  const id = bytes.toString('utf8');
  return encodeName(id) === name ? id : null;
}

function base32(bytes: Buffer): string {
  let out = '';
  let bits = 0;
  let acc = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(acc << (5 - bits)) & 31];
  return out;
}

function unbase32(text: string): Buffer | null {
  const bytes: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return null;
    acc = (acc << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bytes.push((acc >>> (bits - 8)) & 255);
      bits -= 8;
    }
    acc &= (1 << bits) - 1;
  }
  return Buffer.from(bytes);
}
