/**
 * The packages the sandbox's pip can install, offline: name, version, what they require,
 * the modules and scripts they provide, and the sizes pip reports while "downloading".
 */
export interface CataloguePackage {
  /** The project name as its metadata spells it (`Django`). */
  name: string;
  version: string;
  summary: string;
  homePage?: string;
  authorEmail?: string;
  license: string;
  /** Requirements as pip prints them (`asgiref>=3.8.1`). */
  requires: string[];
  /** Top-level import names. */
  modules: string[];
  /** Console scripts installed into bin/. */
  scripts: string[];
  /** The wheel's size and its metadata's, as pip shows them. */
  wheelSize: string;
  metadataSize: string;
  /** The oldest Python it supports, for Pipfile.lock's markers. */
  requiresPython?: string;
}

const pkg = (p: CataloguePackage) => p;

export const CATALOGUE: CataloguePackage[] = [
  pkg({
    name: 'Django', version: '5.2.8',
    summary: 'A high-level Python web framework that encourages rapid development and clean, pragmatic design.',
    authorEmail: 'Django Software Foundation <foundation@djangoproject.com>', license: 'BSD-3-Clause',
    requires: ['asgiref>=3.8.1', 'sqlparse>=0.3.1'], modules: ['django'], scripts: ['django-admin'],
    wheelSize: '8.3 MB', metadataSize: '4.1 kB', requiresPython: '>=3.10',
  }),
  pkg({
    name: 'asgiref', version: '3.10.0', summary: 'ASGI specs, helper code, and adapters',
    homePage: 'https://github.com/django/asgiref/', authorEmail: 'Django Software Foundation <foundation@djangoproject.com>', license: 'BSD-3-Clause',
    requires: [], modules: ['asgiref'], scripts: [], wheelSize: '24 kB', metadataSize: '9.3 kB', requiresPython: '>=3.9',
  }),
  pkg({
    name: 'sqlparse', version: '0.5.3', summary: 'A non-validating SQL parser.',
    authorEmail: 'Andi Albrecht <albrecht.andi@gmail.com>', license: 'BSD-3-Clause',
    requires: [], modules: ['sqlparse'], scripts: ['sqlformat'], wheelSize: '44 kB', metadataSize: '3.9 kB', requiresPython: '>=3.8',
  }),
  pkg({
    name: 'djangorestframework', version: '3.16.1', summary: 'Web APIs for Django, made easy.',
    homePage: 'https://www.django-rest-framework.org/', authorEmail: 'Tom Christie <tom@tomchristie.com>', license: 'BSD',
    requires: ['django>=4.2'], modules: ['rest_framework'], scripts: [], wheelSize: '1.1 MB', metadataSize: '11 kB', requiresPython: '>=3.9',
  }),
  pkg({
    name: 'django-cors-headers', version: '4.9.0', summary: 'django-cors-headers is a Django application for handling the server headers required for Cross-Origin Resource Sharing (CORS).',
    authorEmail: 'Otto Yiu <otto@live.ca>', license: 'MIT',
    requires: ['asgiref>=3.6', 'django>=4.2'], modules: ['corsheaders'], scripts: [], wheelSize: '12 kB', metadataSize: '16 kB', requiresPython: '>=3.9',
  }),
  pkg({
    name: 'python-dotenv', version: '1.2.1', summary: 'Read key-value pairs from a .env file and set them as environment variables',
    homePage: 'https://github.com/theskumar/python-dotenv', authorEmail: 'Saurabh Kumar <me+github@saurabh-kumar.com>', license: 'BSD-3-Clause',
    requires: [], modules: ['dotenv'], scripts: ['dotenv'], wheelSize: '21 kB', metadataSize: '25 kB', requiresPython: '>=3.9',
  }),
  pkg({
    name: 'pip', version: '25.3', summary: 'The PyPA recommended tool for installing Python packages.',
    homePage: 'https://pip.pypa.io/', authorEmail: 'The pip developers <distutils-sig@python.org>', license: 'MIT',
    requires: [], modules: ['pip'], scripts: ['pip', 'pip3', 'pip3.12'], wheelSize: '1.8 MB', metadataSize: '4.7 kB', requiresPython: '>=3.9',
  }),
];

/** PEP 503: `Django`, `django` and `DJANGO` name one project, as do `_`, `-` and `.`. */
export function canonicalName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

export function findPackage(name: string): CataloguePackage | undefined {
  const wanted = canonicalName(name);
  return CATALOGUE.find((p) => canonicalName(p.name) === wanted);
}
