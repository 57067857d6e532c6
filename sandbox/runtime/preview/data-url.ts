/** `bytes` as a data: URL, for images the iframe could not fetch from the server itself. */
export function dataUrl(type: string, bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with a whole image's bytes as arguments can overflow the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return `data:${type};base64,${btoa(binary)}`;
}
