'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { TabList } from './TabList';
import { requestSandbox } from './sandbox/sandbox-bridge';

type Panel = 'lesson' | 'practice';
const PANELS: Panel[] = ['lesson', 'practice'];

interface Props {
  labels: { group: string; lesson: string; practice: string };
  lesson: ReactNode;
  practice: ReactNode;
}

/**
 * Lesson and sandbox side by side on wide screens; on narrower ones, one at a time behind
 * two tabs (arrow keys move between them, as in any tab list).
 */
export function LessonPanels({ labels, lesson, practice }: Props) {
  const [active, setActive] = useState<Panel>('lesson');
  // A link to one of the lesson's sections from the practice side (the sandbox's inspector)
  // shows the lesson, or a phone would scroll a hidden panel.
  const section = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const show = () => {
      const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      if (!target?.closest('#panel-lesson')) return;
      section.current = target;
      setActive('lesson');
    };
    window.addEventListener('hashchange', show);
    return () => window.removeEventListener('hashchange', show);
  }, []);
  // Once the lesson is shown: a hidden panel had nowhere to scroll to. (Already shown, the browser scrolled.)
  useEffect(() => {
    section.current?.scrollIntoView();
    section.current = null;
  }, [active]);
  const shown = (panel: Panel) => (active === panel ? 'block' : 'hidden lg:block');

  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_minmax(22rem,38%)]">
      <TabList
        label={labels.group}
        tabs={PANELS}
        names={labels}
        active={active}
        onChange={(panel) => {
          // A phone starts the sandbox when its tab is first opened.
          if (panel === 'practice') requestSandbox();
          setActive(panel);
        }}
        className="sticky top-14 z-10 bg-white lg:hidden dark:bg-zinc-950"
      />
      <div id="panel-lesson" role="tabpanel" aria-labelledby="tab-lesson" className={`min-w-0 ${shown('lesson')}`}>
        {lesson}
      </div>
      <div
        id="panel-practice"
        role="tabpanel"
        aria-labelledby="tab-practice"
        className={`${shown('practice')} border-zinc-200 lg:sticky lg:top-14 lg:h-[calc(100vh-3.5rem)] lg:overflow-y-auto lg:border-l dark:border-zinc-800`}
      >
        {practice}
      </div>
    </div>
  );
}
