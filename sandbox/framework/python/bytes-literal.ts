import { pyError } from './exceptions';
import type { PyValue } from './objects';

/**
 * The value of a `b'...'` literal. The parser reads the literal; the bytes type, when there is
 * one, registers how to make its value here. Until then a bytes literal says, where it runs,
 * that bytes are not available.
 */
type BytesFactory = (data: Uint8Array) => PyValue;

let factory: BytesFactory | null = null;

export function setBytesFactory(make: BytesFactory) {
  factory = make;
}

/** `text` holds one character per byte, as the parser decodes it. */
export function bytesLiteral(text: string): PyValue {
  if (!factory) throw pyError('NotImplementedError', "bytes literals are not available in the sandbox's Python");
  const data = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) data[i] = text.charCodeAt(i) & 0xff;
  return factory(data);
}
