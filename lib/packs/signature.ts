import * as noble from '@noble/ed25519';
import { z } from 'zod';

// Ed25519 over the canonical bytes of a pack. WebCrypto's 'Ed25519' where the runtime has it
// (Chrome 137+, Firefox 129+, Node 20); @noble/ed25519 (audited, no dependencies) where not.
// Both give the same answers; the tests check one against the other.

export type Ed25519Impl = 'webcrypto' | 'noble';

const PUBLIC_PREFIX = 'ed25519:';

/** A public key as written in packs, policies and key files: "ed25519:" + base64 of 32 bytes. */
export const PublicKeySchema = z
  .string()
  .trim()
  .refine((s) => s.startsWith(PUBLIC_PREFIX) && decodeBase64Safe(s.slice(PUBLIC_PREFIX.length))?.length === 32, {
    message: 'not an Ed25519 public key ("ed25519:" followed by 32 bytes in base64)',
  });

/** The private key file `pack keygen` writes. The secret is the 32-byte Ed25519 seed. */
export const SecretKeyFileSchema = z.object({
  kind: z.literal('replycheck-pack-signing-key'),
  alg: z.literal('Ed25519'),
  publicKey: PublicKeySchema,
  secretKey: z.string().refine((s) => decodeBase64Safe(s)?.length === 32, { message: 'not a 32-byte base64 seed' }),
});
export type SecretKeyFile = z.infer<typeof SecretKeyFileSchema>;

export function encodeBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

export function decodeBase64(s: string): Uint8Array<ArrayBuffer> {
  const bin = atob(s.trim());
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function decodeBase64Safe(s: string): Uint8Array | undefined {
  try {
    return decodeBase64(s);
  } catch {
    return undefined;
  }
}

export function encodePublicKey(raw: Uint8Array): string {
  return PUBLIC_PREFIX + encodeBase64(raw);
}

export function decodePublicKey(key: string): Uint8Array<ArrayBuffer> {
  return decodeBase64(PublicKeySchema.parse(key).slice(PUBLIC_PREFIX.length));
}

/** Same key written the same way, so pinned keys compare as strings. */
export function samePublicKey(a: string, b: string): boolean {
  return a.trim() === b.trim();
}

// PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410): WebCrypto imports private keys only so.
const PKCS8_ED25519_PREFIX = Uint8Array.from([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]);

let webCryptoSupport: Promise<boolean> | undefined;

/** Whether this runtime's crypto.subtle knows Ed25519 (asked once). */
export function webCryptoHasEd25519(): Promise<boolean> {
  webCryptoSupport ??= (async () => {
    try {
      const subtle = globalThis.crypto?.subtle;
      if (!subtle) return false;
      const pub = await noble.getPublicKeyAsync(new Uint8Array(32));
      await subtle.importKey('raw', Uint8Array.from(pub), { name: 'Ed25519' }, false, ['verify']);
      return true;
    } catch {
      return false;
    }
  })();
  return webCryptoSupport;
}

async function pickImpl(impl?: Ed25519Impl): Promise<Ed25519Impl> {
  return impl ?? ((await webCryptoHasEd25519()) ? 'webcrypto' : 'noble');
}

export async function generateKeyPair(): Promise<SecretKeyFile> {
  const { secretKey, publicKey } = await noble.keygenAsync();
  return {
    kind: 'replycheck-pack-signing-key',
    alg: 'Ed25519',
    publicKey: encodePublicKey(publicKey),
    secretKey: encodeBase64(secretKey),
  };
}

export async function signBytes(message: Uint8Array<ArrayBuffer>, key: SecretKeyFile, impl?: Ed25519Impl): Promise<string> {
  const seed = decodeBase64(key.secretKey);
  if ((await pickImpl(impl)) === 'webcrypto') {
    const pkcs8 = new Uint8Array(PKCS8_ED25519_PREFIX.length + 32);
    pkcs8.set(PKCS8_ED25519_PREFIX);
    pkcs8.set(seed, PKCS8_ED25519_PREFIX.length);
    const priv = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'Ed25519' }, false, ['sign']);
    return encodeBase64(new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, priv, message)));
  }
  return encodeBase64(await noble.signAsync(message, seed));
}

/** True only for a valid signature by `publicKey`; malformed input is simply not valid. */
export async function verifyBytes(message: Uint8Array<ArrayBuffer>, signature: string, publicKey: string, impl?: Ed25519Impl): Promise<boolean> {
  const sig = decodeBase64Safe(signature);
  if (!sig || sig.length !== 64 || !PublicKeySchema.safeParse(publicKey).success) return false;
  const pub = decodePublicKey(publicKey);
  try {
    if ((await pickImpl(impl)) === 'webcrypto') {
      const key = await crypto.subtle.importKey('raw', pub, { name: 'Ed25519' }, false, ['verify']);
      return await crypto.subtle.verify({ name: 'Ed25519' }, key, Uint8Array.from(sig), message);
    }
    return await noble.verifyAsync(sig, message, pub);
  } catch {
    return false;
  }
}

/** The public key that belongs to a secret key file's seed (guards against mismatched files). */
export async function publicKeyOf(key: SecretKeyFile): Promise<string> {
  return encodePublicKey(await noble.getPublicKeyAsync(decodeBase64(key.secretKey)));
}
