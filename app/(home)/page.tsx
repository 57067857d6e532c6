import { DEFAULT_LANG, HTML_LANG, LANGS, LANG_NAME, LANG_STORAGE_KEY } from '@/lib/languages';
import { UI_STRINGS } from '@/lib/ui-strings';

// A static site has no server to read a cookie, so the page itself sends the reader on:
// to the language they chose before, else to English. The links below serve readers
// without JavaScript.
const redirect = `(function(){var l;try{l=localStorage.getItem(${JSON.stringify(LANG_STORAGE_KEY)})}catch(e){}
var langs=${JSON.stringify(LANGS)};location.replace('/'+(langs.indexOf(l)>=0?l:${JSON.stringify(DEFAULT_LANG)}));})();`;

export default function Home() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      {/* eslint-disable-next-line react/no-danger -- the site's own script, built from constants above; nothing of the learner's */}
      <script dangerouslySetInnerHTML={{ __html: redirect }} />
      <h1 className="text-3xl font-bold text-brand-800 dark:text-brand-300">{UI_STRINGS.en.siteName}</h1>
      <ul className="mt-8 flex justify-center gap-4">
        {LANGS.map((lang) => (
          <li key={lang}>
            <a
              href={`/${lang}`}
              lang={HTML_LANG[lang]}
              hrefLang={HTML_LANG[lang]}
              className="block rounded-lg border border-zinc-300 px-5 py-3 font-medium hover:border-brand-400 dark:border-zinc-700"
            >
              {LANG_NAME[lang]}: {UI_STRINGS[lang].siteTagline}
            </a>
          </li>
        ))}
      </ul>
    </main>
  );
}
