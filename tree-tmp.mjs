import { parser } from '@lezer/python';
const src = process.argv[2];
const tree = parser.parse(src);
let out = '';
tree.iterate({ enter: (n) => { out += `${' '.repeat(0)}${n.name}[${src.slice(n.from, n.to).replace(/\n/g, '\\n').slice(0, 30)}] `; } });
console.log(out);
