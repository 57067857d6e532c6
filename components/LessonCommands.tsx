import type { Lang } from '@/lib/languages';
import type { ConsoleCommand } from '@/lib/content/console-commands';
import { UI_STRINGS } from '@/lib/ui-strings';

export function LessonCommands({ lang, commands }: { lang: Lang; commands: ConsoleCommand[] }) {
  const t = UI_STRINGS[lang];
  return (
    <section aria-labelledby="lesson-commands" className="p-5">
      <h2 id="lesson-commands" className="text-lg font-semibold">
        {t.commandsTitle}
      </h2>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{t.commandsIntro}</p>
      {/* One scrolling list, one tab stop: long commands scroll sideways together, by keyboard too. */}
      <ol tabIndex={0} aria-labelledby="lesson-commands" className="mt-4 space-y-2 overflow-x-auto font-mono text-sm" data-testid="lesson-commands">
        {commands.map(({ venv, command }, i) => (
          <li key={i} className="w-max min-w-full whitespace-pre rounded-md bg-zinc-100 px-3 py-2 dark:bg-zinc-900">
            <span aria-hidden="true" className="select-none text-zinc-600 dark:text-zinc-400">
              {venv ? `(${venv}) $ ` : '$ '}
            </span>
            {command}
          </li>
        ))}
      </ol>
    </section>
  );
}
