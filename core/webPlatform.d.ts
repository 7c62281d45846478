/**
 * The few platform globals core/ may use, because browsers and Node 20 both provide them
 * identically. Declared by hand so that core still sees no DOM and no Node types at all.
 */
interface CoreSubtleCrypto {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
  importKey(format: 'raw', keyData: Uint8Array, algorithm: 'PBKDF2' | { name: string; hash: string }, extractable: boolean, usages: string[]): Promise<CoreCryptoKey>;
  /** PBKDF2 for PIN verifiers (core/pinVerifier.ts). */
  deriveBits(algorithm: { name: 'PBKDF2'; hash: 'SHA-256'; salt: Uint8Array; iterations: number }, baseKey: CoreCryptoKey, length: number): Promise<ArrayBuffer>;
  /** HMAC-SHA256 for card lookups (core/cardLookup.ts). */
  sign(algorithm: 'HMAC', key: CoreCryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
}

interface CoreCryptoKey {
  readonly type: string;
}

interface CoreCrypto {
  getRandomValues<T extends Uint8Array>(array: T): T;
  readonly subtle: CoreSubtleCrypto;
}

declare const crypto: CoreCrypto;
declare function btoa(data: string): string;
declare class TextEncoder {
  encode(input: string): Uint8Array;
}
/** WHATWG URL, for hub addresses (core/sync/protocol.ts, core/hubAddress.ts). */
declare class URL {
  constructor(url: string, base?: string);
  protocol: string;
  readonly origin: string;
  readonly username: string;
  readonly password: string;
  toString(): string;
}
/** WHATWG encodings, for spreadsheets saved by Excel (core/memberImport/decodeCsv.ts). */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
