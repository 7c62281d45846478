/**
 * The few platform globals core/ may use, because browsers and Node 20 both provide them
 * identically. Declared by hand so that core still sees no DOM and no Node types at all.
 */
interface CoreSubtleCrypto {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
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
