/**
 * A compact table of HTML5's named character references: the Latin-1 set, Greek letters,
 * typographic punctuation, arrows, mathematical symbols and ASCII punctuation names, the ones
 * pages actually use; CPython's full table has 2,231 names, which would weigh on the browser
 * bundle for entities nobody writes. `LEGACY` are those HTML5 also accepts without ';'.
 */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const GREEK_UPPER = 'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho _ Sigma Tau Upsilon Phi Chi Psi Omega';
const GREEK_LOWER = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega';

const OTHERS: Record<string, number> = {
  apos: 39, OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376, fnof: 402, circ: 710, tilde: 732, thetasym: 977, upsih: 978, piv: 982,
  ensp: 8194, emsp: 8195, thinsp: 8201, zwnj: 8204, zwj: 8205, lrm: 8206, rlm: 8207, ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217,
  sbquo: 8218, ldquo: 8220, rdquo: 8221, bdquo: 8222, dagger: 8224, Dagger: 8225, bull: 8226, hellip: 8230, permil: 8240, prime: 8242,
  Prime: 8243, lsaquo: 8249, rsaquo: 8250, oline: 8254, frasl: 8260, euro: 8364, image: 8465, weierp: 8472, real: 8476, trade: 8482,
  alefsym: 8501, larr: 8592, uarr: 8593, rarr: 8594, darr: 8595, harr: 8596, crarr: 8629, lArr: 8656, uArr: 8657, rArr: 8658, dArr: 8659,
  hArr: 8660, forall: 8704, part: 8706, exist: 8707, empty: 8709, nabla: 8711, isin: 8712, notin: 8713, ni: 8715, prod: 8719, sum: 8721,
  minus: 8722, lowast: 8727, radic: 8730, prop: 8733, infin: 8734, ang: 8736, and: 8743, or: 8744, cap: 8745, cup: 8746, int: 8747,
  there4: 8756, sim: 8764, cong: 8773, asymp: 8776, ne: 8800, equiv: 8801, le: 8804, ge: 8805, sub: 8834, sup: 8835, nsub: 8836,
  sube: 8838, supe: 8839, oplus: 8853, otimes: 8855, perp: 8869, sdot: 8901, lceil: 8968, rceil: 8969, lfloor: 8970, rfloor: 8971,
  lang: 10216, rang: 10217, loz: 9674, spades: 9824, clubs: 9827, hearts: 9829, diams: 9830, check: 10003, cross: 10007, starf: 9733,
  star: 9734, Tab: 9, NewLine: 10, excl: 33, num: 35, dollar: 36, percnt: 37, lpar: 40, rpar: 41, ast: 42, plus: 43, comma: 44,
  period: 46, sol: 47, colon: 58, semi: 59, equals: 61, quest: 63, commat: 64, lsqb: 91, bsol: 92, rsqb: 93, Hat: 94, lowbar: 95,
  grave: 96, lcub: 123, verbar: 124, rcub: 125, half: 189, centerdot: 183,
};

export const NAMED = new Map<string, string>();
/** Names HTML 4 did not have (so html.entities.name2codepoint leaves them out). */
export const HTML5_ONLY = new Set(['check', 'cross', 'starf', 'star', 'Tab', 'NewLine', 'excl', 'num', 'dollar', 'percnt', 'lpar', 'rpar', 'ast', 'plus', 'comma', 'period', 'sol', 'colon', 'semi', 'equals', 'quest', 'commat', 'lsqb', 'bsol', 'rsqb', 'Hat', 'lowbar', 'grave', 'lcub', 'verbar', 'rcub', 'half', 'centerdot', 'apos']);
export const LEGACY = new Set<string>();

function add(name: string, code: number, legacy = false): void {
  NAMED.set(name, String.fromCodePoint(code));
  if (legacy) LEGACY.add(name);
}

for (const [name, code] of [['amp', 38], ['lt', 60], ['gt', 62], ['quot', 34]] as const) {
  add(name, code, true);
  add(name.toUpperCase(), code, true);
}
add('copy', 169, true);
add('COPY', 169, true);
add('reg', 174, true);
add('REG', 174, true);
LATIN1.split(' ').forEach((name, i) => add(name, 160 + i, true));
GREEK_UPPER.split(' ').forEach((name, i) => name !== '_' && add(name, 913 + i));
GREEK_LOWER.split(' ').forEach((name, i) => add(name, 945 + i));
for (const [name, code] of Object.entries(OTHERS)) add(name, code);
