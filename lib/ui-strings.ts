import type { Lang } from './languages';
import { SANDBOX_STRINGS, type SandboxStrings } from './sandbox-strings';
import { COURSE_STRINGS, type CourseStrings } from './course-strings';

/** Every string the site's own UI shows, in each language. Lesson text lives in content/. */
export interface UiStrings {
  siteName: string;
  siteTagline: string;
  courseTitle: string;
  courseIntro: string;
  lessonNumber: (n: number) => string;
  skipToContent: string;
  onThisPage: string;
  previousLesson: string;
  nextLesson: string;
  allLessons: string;
  switchLanguage: string;
  readIn: (language: string) => string;
  lessonTab: string;
  practiceTab: string;
  lessonViews: string;
  commandsTitle: string;
  commandsIntro: string;
  notFoundTitle: string;
  notFoundText: string;
  backToCourse: string;
  sandbox: SandboxStrings;
  course: CourseStrings;
}

export const UI_STRINGS: Record<Lang, UiStrings> = {
  en: {
    siteName: 'Django First Steps',
    siteTagline: 'Learn Django by doing it',
    courseTitle: 'The course',
    courseIntro:
      'Short lessons that take you from an empty folder to a Django project with apps, views, templates and a database. Read a little, then type the commands yourself.',
    lessonNumber: (n) => `Lesson ${n}`,
    skipToContent: 'Skip to content',
    onThisPage: 'On this page',
    previousLesson: 'Previous lesson',
    nextLesson: 'Next lesson',
    allLessons: 'All lessons',
    switchLanguage: 'Language',
    readIn: (language) => `Read this in ${language}`,
    lessonTab: 'Lesson',
    practiceTab: 'Practice',
    lessonViews: 'Lesson and practice',
    commandsTitle: 'Commands in this lesson',
    commandsIntro: 'Every command the lesson runs, in order. Type them yourself: that is how they stick.',
    notFoundTitle: 'Page not found',
    notFoundText: 'There is no page at this address. The lesson may have moved, or the link has a typo.',
    backToCourse: 'Back to the course',
    sandbox: SANDBOX_STRINGS.en,
    course: COURSE_STRINGS.en,
  },
  hinglish: {
    siteName: 'Django First Steps',
    siteTagline: 'Django seekho, khud karke',
    courseTitle: 'Course',
    courseIntro:
      'Chhote chhote lessons jo tumhe ek khaali folder se ek poore Django project tak le jaate hain: apps, views, templates aur database ke saath. Thoda padho, phir commands khud type karo.',
    lessonNumber: (n) => `Lesson ${n}`,
    skipToContent: 'Seedha content par jao',
    onThisPage: 'Is page par',
    previousLesson: 'Pichhla lesson',
    nextLesson: 'Agla lesson',
    allLessons: 'Saare lessons',
    switchLanguage: 'Bhasha',
    readIn: (language) => `Ise ${language} mein padho`,
    lessonTab: 'Lesson',
    practiceTab: 'Practice',
    lessonViews: 'Lesson aur practice',
    commandsTitle: 'Is lesson ke commands',
    commandsIntro: 'Lesson ke saare commands, usi order mein. Inhe khud type karo, tabhi yaad rehte hain.',
    notFoundTitle: 'Page nahi mila',
    notFoundText: 'Is address par koi page nahi hai. Ho sakta hai lesson kahin aur chala gaya ho, ya link mein typo ho.',
    backToCourse: 'Course par wapas jao',
    sandbox: SANDBOX_STRINGS.hinglish,
    course: COURSE_STRINGS.hinglish,
  },
};
