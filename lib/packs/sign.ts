import { canonicalBytes } from './canonical';
import { PackSchema, type PackFile, type PackInput } from './schema';
import { publicKeyOf, signBytes, type Ed25519Impl, type SecretKeyFile } from './signature';

/** Validate a pack and sign its canonical form: the file an admin hosts. Throws on an invalid
 *  pack or a key file whose public key does not match its secret. */
export async function signPack(pack: PackInput, key: SecretKeyFile, impl?: Ed25519Impl): Promise<PackFile> {
  PackSchema.parse(pack);
  const publicKey = await publicKeyOf(key);
  if (publicKey !== key.publicKey) throw new Error('key file: publicKey does not belong to secretKey');
  const value = await signBytes(canonicalBytes(pack), key, impl);
  return { pack, signature: { alg: 'Ed25519', publicKey, value } };
}

/** A pack file as hosted: pretty-printed for people; the signature does not depend on layout. */
export function serializePackFile(file: PackFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}
