import type { Lang } from './languages';
import type { Check, Variation } from '../sandbox/grader/checks';

/**
 * The words of exercises, quizzes and progress, part of UI_STRINGS (lib/ui-strings.ts).
 * A check's description is written from the check itself, so lesson.json needs no text.
 */
export interface CourseStrings {
  exercise: {
    label: string;
    done: string;
    notDone: string;
    check: string;
    checking: string;
    /** The sandbox has not started yet, so nothing can be checked or applied. */
    /** Pressed before the sandbox was there (a phone starts it on demand): it starts, and the action follows. */
    startingSandbox: string;
    passedAll: string;
    missing: (count: number) => string;
    found: string;
    failed: (reason: string) => string;
    showHint: (next: number, total: number) => string;
    hint: (n: number) => string;
    showSolution: string;
    hideSolution: string;
    solutionIntro: string;
    runStep: string;
    writeStep: (path: string) => string;
    editStep: (path: string) => string;
    replaceWith: string;
    apply: string;
    applyConfirm: string;
    applyYes: string;
    applyNo: string;
    applying: string;
    applied: string;
    /** The learner's file no longer holds the text a step replaces. */
    cannotApply: (path: string) => string;
    describe: (check: Check) => string;
  };
  edit: {
    label: string;
    apply: string;
    applying: string;
    applied: string;
  };
  console: {
    /** The caption over ```console own-computer blocks: these commands are not for the sandbox. */
    ownComputer: string;
  };
  quiz: {
    title: string;
    correct: string;
    wrong: string;
    answered: string;
  };
  progress: {
    exercises: (done: number, total: number) => string;
    questions: (done: number, total: number) => string;
    finished: string;
    markFinished: string;
    markedFinished: string;
    yourProgress: string;
    lessonsFinished: (done: number, total: number) => string;
    export: string;
    import: string;
    imported: string;
    importFailed: string;
    /** Progress could not be kept (storage blocked): it lasts until the tab closes. */
    notSaved: string;
    privacy: string;
  };
}

const where = (path: string) => `~/${path}`;

/** The files a check's scratch copy changes, named for the learner. */
const varied = (vary: readonly Variation[]) => [...new Set(vary.map((v) => ('sql' in v ? 'db.sqlite3' : v.file)))].join(', ');
/** A form's fields as the check sends them: name=Asha, age=20. */
const sent = (data: Record<string, string>) => Object.entries(data).map(([k, v]) => `${k}=${v}`).join(', ') || '—';
const rowsEn = (n: number) => (n === 0 ? 'adds no row to' : `adds ${n} row${n === 1 ? '' : 's'} to`);

/** "2 of 3 exercises done · 1 of 2 questions answered": what a lesson asks for, counted. */
export function progressSummary(
  t: CourseStrings['progress'],
  totals: { exercises: number; questions: number },
  done: { exercisesDone: number; questionsDone: number },
): string {
  const parts = [
    totals.exercises ? t.exercises(done.exercisesDone, totals.exercises) : null,
    totals.questions ? t.questions(done.questionsDone, totals.questions) : null,
  ];
  return parts.filter(Boolean).join(' · ');
}

function describeEn(check: Check): string {
  switch (check.type) {
    case 'file_exists':
      return `The file ${where(check.path)} exists`;
    case 'folder_exists':
      return `The folder ${where(check.path)} exists`;
    case 'file_absent':
      return `Nothing is left at ${where(check.path)}`;
    case 'file_contains':
      return `${where(check.path)} contains ${check.text}`;
    case 'app_installed':
      return `'${check.app}' is in INSTALLED_APPS`;
    case 'migration_exists':
      return `The migration ${check.app}/migrations/${check.name}.py exists`;
    case 'migration_applied':
      return check.applied === false ? `${check.app}.${check.name} is not applied` : `${check.app}.${check.name} is applied to the database`;
    case 'table_exists':
      return check.exists === false ? `The table ${check.table} is not in the database` : `The table ${check.table} is in the database`;
    case 'table_has_column':
      if (check.exists === false) return `The table ${check.table} has no column ${check.column}`;
      return `The table ${check.table} has a column ${check.column}${check.nullable === undefined ? '' : check.nullable ? ' that allows NULL' : ' that does not allow NULL'}`;
    case 'row_count':
      return `The table ${check.table} has ${check.count} row${check.count === 1 ? '' : 's'}`;
    case 'row_exists':
      return `The table ${check.table} has a row with ${[[check.column, check.value], ...Object.entries(check.and ?? {})].map(([c, v]) => `${c} = ${v}`).join(' and ')}`;
    case 'http_get':
      return `${check.vary ? `On a copy of the project with ${varied(check.vary)} changed, ` : ''}${check.as !== undefined ? `Logged in as ${check.as}, ` : ''}GET ${check.path} answers ${check.status}${check.contentType ? ` with ${check.contentType}` : ''}${check.contains ? ` and shows “${check.contains}”` : ''}`;
    case 'http_post': {
      const outcome = [
        `answers ${check.status}`,
        check.location !== undefined ? `redirects to ${check.location}` : '',
        check.contains !== undefined ? `shows “${check.contains}”` : '',
        check.added !== undefined ? `${rowsEn(check.added)} ${check.table}` : '',
        check.row !== undefined ? `makes a row in ${check.table} with ${sent(Object.fromEntries(Object.entries(check.row).map(([k, v]) => [k, String(v)])))}` : '',
      ].filter(Boolean);
      return `On a copy of the project, the form at ${check.form ?? check.path} sent with ${sent(check.data)} ${outcome.join(', ')}`;
    }
    case 'url_reverses':
      return `The URL name '${check.name}' gives ${check.path}`;
    case 'tests_catch':
      return `Your tests ${check.label} pass, and fail when the code they test is broken`;
    case 'command_succeeded': {
      const ran = `you ran ${check.command}${check.in ? ` in ${where(check.in)}` : ''} and it worked`;
      return check.after ? `After running “${check.after}”, ${ran}` : ran.charAt(0).toUpperCase() + ran.slice(1);
    }
    case 'venv_active':
      return check.venv ? `The virtual environment ${where(check.venv)} is active` : 'A virtual environment is active';
    case 'package_installed':
      return `${check.package}${check.version ? ` ${check.version}` : ''} is installed in ${where(check.venv)}`;
  }
}

function describeHinglish(check: Check): string {
  switch (check.type) {
    case 'file_exists':
      return `${where(check.path)} file maujood hai`;
    case 'folder_exists':
      return `${where(check.path)} folder maujood hai`;
    case 'file_absent':
      return `${where(check.path)} par ab kuch nahi hai`;
    case 'file_contains':
      return `${where(check.path)} mein ${check.text} likha hai`;
    case 'app_installed':
      return `'${check.app}' INSTALLED_APPS mein hai`;
    case 'migration_exists':
      return `Migration ${check.app}/migrations/${check.name}.py maujood hai`;
    case 'migration_applied':
      return check.applied === false ? `${check.app}.${check.name} applied nahi hai` : `${check.app}.${check.name} database par apply ho chuka hai`;
    case 'table_exists':
      return check.exists === false ? `Database mein ${check.table} table nahi hai` : `Database mein ${check.table} table hai`;
    case 'table_has_column':
      if (check.exists === false) return `${check.table} table mein ${check.column} column nahi hai`;
      return `${check.table} table mein ${check.column} column hai${check.nullable === undefined ? '' : check.nullable ? ' jo NULL allow karta hai' : ' jo NULL allow nahi karta'}`;
    case 'row_count':
      return `${check.table} table mein ${check.count} row hain`;
    case 'row_exists':
      return `${check.table} table mein ${[[check.column, check.value], ...Object.entries(check.and ?? {})].map(([c, v]) => `${c} = ${v}`).join(' aur ')} wali row hai`;
    case 'http_get':
      return `${check.vary ? `Project ki ek copy par, ${varied(check.vary)} badal kar: ` : ''}${check.as !== undefined ? `${check.as} ke login ke saath, ` : ''}GET ${check.path} ka jawab ${check.status} hai${check.contentType ? `, ${check.contentType} ke saath` : ''}${check.contains ? `, aur page par “${check.contains}” dikhta hai` : ''}`;
    case 'http_post': {
      const outcome = [
        `jawab ${check.status} hai`,
        check.location !== undefined ? `${check.location} par redirect hota hai` : '',
        check.contains !== undefined ? `page par “${check.contains}” dikhta hai` : '',
        check.added !== undefined ? (check.added === 0 ? `${check.table} mein koi row nahi judti` : `${check.table} mein ${check.added} row judti hai`) : '',
        check.row !== undefined ? `${check.table} mein ${sent(Object.fromEntries(Object.entries(check.row).map(([k, v]) => [k, String(v)])))} wali row banti hai` : '',
      ].filter(Boolean);
      return `Project ki ek copy par, ${check.form ?? check.path} wala form ${sent(check.data)} ke saath bhejo: ${outcome.join(', ')}`;
    }
    case 'url_reverses':
      return `URL ka naam '${check.name}' ${check.path} deta hai`;
    case 'tests_catch':
      return `Tumhare tests ${check.label} pass hote hain, aur jo code wo test karte hain use todne pe fail hote hain`;
    case 'command_succeeded': {
      const ran = `${check.in ? `${where(check.in)} mein ` : ''}${check.command} chalaya aur wo kaam kar gaya`;
      return check.after ? `“${check.after}” wali command ke baad tumne ${ran}` : `Tumne ${ran}`;
    }
    case 'venv_active':
      return check.venv ? `Virtual environment ${where(check.venv)} active hai` : 'Koi virtual environment active hai';
    case 'package_installed':
      return `${check.package}${check.version ? ` ${check.version}` : ''} ${where(check.venv)} mein install hai`;
  }
}

export const COURSE_STRINGS: Record<Lang, CourseStrings> = {
  en: {
    exercise: {
      label: 'Exercise',
      done: 'Done',
      notDone: 'Not done yet',
      check: 'Check',
      checking: 'Checking…',
      startingSandbox: 'Starting the sandbox… This takes a few seconds the first time.',
      passedAll: 'All done. Well done!',
      missing: (count) => `${count} thing${count === 1 ? '' : 's'} still missing:`,
      found: 'found:',
      failed: (reason) => `The check could not run: ${reason}`,
      showHint: (next, total) => `Show hint ${next} of ${total}`,
      hint: (n) => `Hint ${n}`,
      showSolution: 'Show solution',
      hideSolution: 'Hide solution',
      solutionIntro: 'One way to do it, step by step:',
      runStep: 'Run',
      writeStep: (path) => `Write ~/${path}:`,
      editStep: (path) => `In ~/${path}, replace`,
      replaceWith: 'with',
      apply: 'Apply to the sandbox',
      applyConfirm: 'This types the commands into your terminal and changes your files. Go ahead?',
      applyYes: 'Yes, apply it',
      applyNo: 'Cancel',
      applying: 'Applying…',
      applied: 'Applied. Look at the terminal and the files.',
      cannotApply: (path) => `~/${path} no longer contains the text this step changes. Make the change by hand, or reset the lesson.`,
      describe: describeEn,
    },
    edit: {
      label: 'Change a file',
      apply: 'Apply this change to the sandbox',
      applying: 'Applying…',
      applied: 'Applied.',
    },
    console: {
      ownComputer: 'On your own computer, not in the sandbox',
    },
    quiz: {
      title: 'Quick quiz',
      correct: 'Correct!',
      wrong: 'Not quite.',
      answered: 'Answered',
    },
    progress: {
      exercises: (done, total) => `${done} of ${total} exercise${total === 1 ? '' : 's'} done`,
      questions: (done, total) => `${done} of ${total} question${total === 1 ? '' : 's'} answered`,
      finished: 'Finished',
      markFinished: 'Mark this lesson as finished',
      markedFinished: 'You finished this lesson.',
      yourProgress: 'Your progress',
      lessonsFinished: (done, total) => `${done} of ${total} lessons finished`,
      export: 'Export progress',
      import: 'Import progress',
      imported: 'Progress imported.',
      importFailed: 'That file is not a progress file from this course.',
      notSaved: 'Your browser does not let this site store data, so progress lasts only until you close the tab.',
      privacy: 'Progress is kept in this browser only. Nothing about you is sent anywhere.',
    },
  },
  hinglish: {
    exercise: {
      label: 'Exercise',
      done: 'Ho gaya',
      notDone: 'Abhi baaki hai',
      check: 'Check karo',
      checking: 'Check ho raha hai…',
      startingSandbox: 'Sandbox start ho raha hai… Pehli baar mein kuch second lagte hain.',
      passedAll: 'Sab ho gaya. Shabaash!',
      missing: (count) => `Abhi ${count} cheez${count === 1 ? '' : 'ein'} baaki:`,
      found: 'mila:',
      failed: (reason) => `Check chal nahi paya: ${reason}`,
      showHint: (next, total) => `Hint ${next} (${total} mein se) dikhao`,
      hint: (n) => `Hint ${n}`,
      showSolution: 'Solution dikhao',
      hideSolution: 'Solution chhupao',
      solutionIntro: 'Ek tareeka, step by step:',
      runStep: 'Chalao',
      writeStep: (path) => `~/${path} mein likho:`,
      editStep: (path) => `~/${path} mein ye badlo`,
      replaceWith: 'isse',
      apply: 'Sandbox par apply karo',
      applyConfirm: 'Ye commands tumhare terminal mein type karega aur tumhari files badlega. Aage badhein?',
      applyYes: 'Haan, apply karo',
      applyNo: 'Rehne do',
      applying: 'Apply ho raha hai…',
      applied: 'Apply ho gaya. Terminal aur files dekho.',
      cannotApply: (path) => `~/${path} mein ab wo text nahi hai jo ye step badalta hai. Change khud karo, ya lesson reset karo.`,
      describe: describeHinglish,
    },
    edit: {
      label: 'File badlo',
      apply: 'Ye change sandbox par apply karo',
      applying: 'Apply ho raha hai…',
      applied: 'Apply ho gaya.',
    },
    console: {
      ownComputer: 'Apne computer par, sandbox mein nahi',
    },
    quiz: {
      title: 'Chhota sa quiz',
      correct: 'Sahi jawab!',
      wrong: 'Ye nahi.',
      answered: 'Jawab de diya',
    },
    progress: {
      exercises: (done, total) => `${total} mein se ${done} exercise ho gaye`,
      questions: (done, total) => `${total} mein se ${done} sawaal ka jawab diya`,
      finished: 'Poora hua',
      markFinished: 'Is lesson ko poora mark karo',
      markedFinished: 'Tumne ye lesson poora kar liya.',
      yourProgress: 'Tumhari progress',
      lessonsFinished: (done, total) => `${total} mein se ${done} lesson poore hue`,
      export: 'Progress export karo',
      import: 'Progress import karo',
      imported: 'Progress import ho gayi.',
      importFailed: 'Ye file is course ki progress file nahi hai.',
      notSaved: 'Tumhara browser is site ko data save nahi karne deta, isliye progress sirf tab band hone tak rahegi.',
      privacy: 'Progress sirf isi browser mein rehti hai. Tumhare baare mein kuch bhi kahin nahi bheja jaata.',
    },
  },
};
