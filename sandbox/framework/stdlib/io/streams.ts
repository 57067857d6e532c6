/**
 * The state behind Python's stream objects (open()'s files, StringIO, BytesIO): the whole
 * content in memory with a position. A file's stream writes through to the disk at every
 * write (`sync`), so the shell and the editor see what a program wrote even before it closes
 * the file, and nothing is lost when a program forgets to.
 */
export interface StreamInfo {
  readable: boolean;
  writable: boolean;
  /** 'a' modes: every write goes to the end. */
  append: boolean;
  /** A file's write-through: `piece` was added at the end (`atEnd`), or `whole` is the new content. */
  sync?: (piece: Uint8Array | string, atEnd: boolean, whole: () => Uint8Array | string) => void;
}

export class TextStream {
  text: string;
  pos = 0;
  closed = false;
  constructor(
    text: string,
    readonly info: StreamInfo,
    /** None (universal newlines), '' (lines end at any newline, untranslated) or one newline. */
    readonly newline: string | null,
  ) {
    this.text = text;
  }

  private translate(s: string): string {
    return this.newline === null ? s.replace(/\r\n?/g, '\n') : s;
  }

  read(n: number): string {
    if (n < 0) {
      const out = this.text.slice(this.pos);
      this.pos = this.text.length;
      return this.translate(out);
    }
    let out = '';
    while (out.length < n && this.pos < this.text.length) {
      const ch = this.text[this.pos]!;
      if (this.newline === null && ch === '\r') {
        this.pos += this.text[this.pos + 1] === '\n' ? 2 : 1;
        out += '\n';
      } else {
        out += ch;
        this.pos++;
      }
    }
    return out;
  }

  /** The end of the line starting at `from`: the index just past its newline (or the text's end). */
  private lineEnd(from: number): number {
    const t = this.text;
    if (this.newline === null || this.newline === '') {
      for (let i = from; i < t.length; i++) {
        if (t[i] === '\n') return i + 1;
        if (t[i] === '\r') return t[i + 1] === '\n' ? i + 2 : i + 1;
      }
      return t.length;
    }
    const at = t.indexOf(this.newline, from);
    return at < 0 ? t.length : at + this.newline.length;
  }

  readline(limit = -1): string {
    let end = this.lineEnd(this.pos);
    if (limit >= 0 && end - this.pos > limit) end = this.pos + limit;
    const raw = this.text.slice(this.pos, end);
    this.pos = end;
    return this.translate(raw);
  }

  write(s: string): number {
    const written = this.newline !== null && this.newline !== '' && this.newline !== '\n' ? s.replace(/\n/g, this.newline) : s;
    if (this.info.append) this.pos = this.text.length;
    const atEnd = this.pos === this.text.length;
    if (this.pos >= this.text.length) this.text = this.text + '\0'.repeat(this.pos - this.text.length) + written;
    else this.text = this.text.slice(0, this.pos) + written + this.text.slice(this.pos + written.length);
    this.pos += written.length;
    this.info.sync?.(written, atEnd, () => this.text);
    return [...s].length;
  }

  truncate(size: number): number {
    this.text = this.text.slice(0, size);
    this.info.sync?.('', false, () => this.text);
    return size;
  }
}

export class ByteStream {
  data: Uint8Array;
  pos = 0;
  closed = false;
  constructor(
    data: Uint8Array,
    readonly info: StreamInfo,
  ) {
    this.data = data;
  }

  read(n: number): Uint8Array {
    const end = n < 0 ? this.data.length : Math.min(this.data.length, this.pos + n);
    const out = this.data.slice(this.pos, Math.max(this.pos, end));
    this.pos = Math.max(this.pos, end);
    return out;
  }

  readline(limit = -1): Uint8Array {
    let end = this.data.indexOf(0x0a, this.pos);
    end = end < 0 ? this.data.length : end + 1;
    if (limit >= 0 && end - this.pos > limit) end = this.pos + limit;
    return this.read(end - this.pos);
  }

  write(bytes: Uint8Array): number {
    if (this.info.append) this.pos = this.data.length;
    const atEnd = this.pos === this.data.length;
    const end = this.pos + bytes.length;
    if (end > this.data.length) {
      const grown = new Uint8Array(end);
      grown.set(this.data);
      this.data = grown;
    } else this.data = this.data.slice();
    this.data.set(bytes, this.pos);
    this.pos = end;
    this.info.sync?.(bytes, atEnd, () => this.data);
    return bytes.length;
  }

  truncate(size: number): number {
    this.data = this.data.slice(0, size);
    this.info.sync?.(new Uint8Array(0), false, () => this.data);
    return size;
  }
}
