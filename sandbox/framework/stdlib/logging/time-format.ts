const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** time.strftime(format, time.localtime(seconds)) for the directives log formats use. */
export function strftime(format: string, seconds: number): string {
  const d = new Date(seconds * 1000);
  const startOfYear = new Date(d.getFullYear(), 0, 1);
  const dayOfYear = Math.floor((d.getTime() - startOfYear.getTime()) / 86400000) + 1;
  const offset = -d.getTimezoneOffset();
  const directives: Record<string, () => string> = {
    Y: () => String(d.getFullYear()),
    y: () => pad(d.getFullYear() % 100),
    m: () => pad(d.getMonth() + 1),
    d: () => pad(d.getDate()),
    H: () => pad(d.getHours()),
    I: () => pad(d.getHours() % 12 || 12),
    M: () => pad(d.getMinutes()),
    S: () => pad(d.getSeconds()),
    p: () => (d.getHours() < 12 ? 'AM' : 'PM'),
    a: () => DAYS[d.getDay()]!.slice(0, 3),
    A: () => DAYS[d.getDay()]!,
    b: () => MONTHS[d.getMonth()]!.slice(0, 3),
    B: () => MONTHS[d.getMonth()]!,
    j: () => pad(dayOfYear, 3),
    w: () => String(d.getDay()),
    z: () => (offset < 0 ? '-' : '+') + pad(Math.floor(Math.abs(offset) / 60)) + pad(Math.abs(offset) % 60),
    Z: () => (offset === 0 ? 'UTC' : ''),
    '%': () => '%',
  };
  directives.c = () => `${directives.a!()} ${directives.b!()} ${String(d.getDate()).padStart(2)} ${directives.H!()}:${directives.M!()}:${directives.S!()} ${directives.Y!()}`;
  directives.x = () => `${directives.m!()}/${directives.d!()}/${directives.y!()}`;
  directives.X = () => `${directives.H!()}:${directives.M!()}:${directives.S!()}`;
  return format.replace(/%(.)/g, (whole, code: string) => directives[code]?.() ?? whole);
}
