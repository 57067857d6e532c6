import fs from 'node:fs';

/** The part of a Pipfile the sandbox reads and writes: the packages and their version specs. */
export interface Pipfile {
  packages: Record<string, string>;
  devPackages: Record<string, string>;
}

export function readPipfile(project: string): Pipfile {
  const pipfile: Pipfile = { packages: {}, devPackages: {} };
  let text: string;
  try {
    text = fs.readFileSync(`${project}/Pipfile`, 'utf8');
  } catch {
    return pipfile;
  }
  let section: Record<string, string> | null = null;
  for (const line of text.split('\n')) {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (header) {
      section = header[1] === 'packages' ? pipfile.packages : header[1] === 'dev-packages' ? pipfile.devPackages : null;
      continue;
    }
    const entry = /^\s*"?([A-Za-z0-9._-]+)"?\s*=\s*"([^"]*)"/.exec(line);
    if (section && entry) section[entry[1]!] = entry[2]!;
  }
  return pipfile;
}

const table = (entries: Record<string, string>) =>
  Object.entries(entries)
    .map(([name, spec]) => `${name} = "${spec}"\n`)
    .join('');

export function pipfileText(pipfile: Pipfile): string {
  return (
    '[[source]]\nurl = "https://pypi.org/simple"\nverify_ssl = true\nname = "pypi"\n\n' +
    `[packages]\n${table(pipfile.packages)}\n[dev-packages]\n${table(pipfile.devPackages)}\n` +
    '[requires]\npython_version = "3.12"\n'
  );
}
