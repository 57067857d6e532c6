/** Header names are case-insensitive, and a runtime may hand them over in any case. */
export function headerValues(headers: Record<string, string>, name: string): string[] {
  const wanted = name.toLowerCase();
  return Object.entries(headers)
    .filter(([key]) => key.toLowerCase() === wanted)
    .map(([, value]) => value);
}

export function headerValue(headers: Record<string, string>, name: string): string | undefined {
  return headerValues(headers, name)[0];
}

/**
 * The media type without parameters, lower-case. Django's HttpResponse says text/html
 * unless told otherwise, so a response without one is read as HTML.
 */
export function mediaType(headers: Record<string, string>): string {
  const value = headerValue(headers, 'content-type');
  return (value?.split(';')[0] ?? '').trim().toLowerCase() || 'text/html';
}

/** A decoder for the response's charset; UTF-8 (Django's default) when none or an unknown one is named. */
export function textDecoder(headers: Record<string, string>): TextDecoder {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(headerValue(headers, 'content-type') ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}
