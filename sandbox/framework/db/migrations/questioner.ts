import { PyException, pyError, type PyValue } from '../../python';
import { SystemExit } from '../../python';

/**
 * django.db.migrations.questioner: what makemigrations asks when the models alone cannot
 * tell (a rename, a new NOT NULL column). The non-interactive one (`--noinput`, or migrate's
 * look at pending changes) answers without asking.
 */
export interface Questioner {
  askRename(modelName: string, oldName: string, newName: string, fieldType: string): boolean;
  askRenameModel(appLabel: string, oldName: string, newName: string): boolean;
  /** A default for existing rows, or null; may end the command (exit status 3). */
  askNotNullAddition(fieldName: string, modelName: string): { value: PyValue } | null;
  /** The same for a date field with auto_now_add (the one-off default offered is timezone.now). */
  askAutoNowAddAddition(fieldName: string, modelName: string): { value: PyValue } | null;
}

/** Answers no to renames and gives no default, without asking (MigrationQuestioner). */
export const defaultQuestioner: Questioner = {
  askRename: () => false,
  askRenameModel: () => false,
  askNotNullAddition: () => null,
  askAutoNowAddAddition: () => null,
};

/** `--noinput`: it cannot ask, so a needed default ends the command with status 3, saying why. */
export function nonInteractiveQuestioner(log: (text: string) => void): Questioner {
  return {
    askRename: () => false,
    askRenameModel: () => false,
    askNotNullAddition: (fieldName, modelName) => {
      log(`Field '${fieldName}' on model '${modelName}' not migrated: it is impossible to add a non-nullable field without specifying a default.\n`);
      throw new SystemExit(3);
    },
    askAutoNowAddAddition: (fieldName, modelName) => {
      log(`Field '${fieldName}' on model '${modelName}' not migrated: it is impossible to add a field with 'auto_now_add=True' without specifying a default.\n`);
      throw new SystemExit(3);
    },
  };
}

export interface Terminal {
  write(text: string): void;
  /** One line of input without its newline, or null at end of input. */
  readLine(): string | null;
}

/** InteractiveMigrationQuestioner: prompts on stdout, reads answers from stdin. */
export class InteractiveQuestioner implements Questioner {
  constructor(
    private readonly terminal: Terminal,
    private readonly dryRun: boolean,
    /** Evaluates the Python typed as a default; SyntaxError and NameError mean "try again". */
    private readonly evaluate: (code: string) => PyValue,
    private readonly describeError: (err: PyException) => string,
  ) {}

  private input(prompt: string): string {
    this.terminal.write(prompt);
    const line = this.terminal.readLine();
    if (line === null) throw pyError('EOFError', 'EOF when reading a line');
    return line;
  }

  private booleanInput(question: string, fallback: boolean): boolean {
    let result = this.input(`${question} `);
    if (!result && fallback !== null) return fallback;
    while (result.length < 1 || !'yn'.includes(result[0]!.toLowerCase())) result = this.input('Please answer yes or no: ');
    return result[0]!.toLowerCase() === 'y';
  }

  private choiceInput(question: string, choices: string[]): number {
    // OutputWrapper.write adds the newline only when the text has none.
    this.terminal.write(question.endsWith('\n') ? question : `${question}\n`);
    choices.forEach((c, i) => this.terminal.write(` ${i + 1}) ${c}\n`));
    let result = this.input('Select an option: ');
    for (;;) {
      const value = /^\s*[+-]?\d+\s*$/.test(result) ? Number(result) : NaN;
      if (value > 0 && value <= choices.length) return value;
      result = this.input('Please select a valid option: ');
    }
  }

  askRename(modelName: string, oldName: string, newName: string, fieldType: string): boolean {
    return this.booleanInput(`Was ${modelName}.${oldName} renamed to ${modelName}.${newName} (a ${fieldType})? [y/N]`, false);
  }

  askRenameModel(appLabel: string, oldName: string, newName: string): boolean {
    return this.booleanInput(`Was the model ${appLabel}.${oldName} renamed to ${newName}? [y/N]`, false);
  }

  askNotNullAddition(fieldName: string, modelName: string): { value: PyValue } | null {
    if (this.dryRun) return null;
    const choice = this.choiceInput(
      `It is impossible to add a non-nullable field '${fieldName}' to ${modelName} without specifying a default. This is because the database needs something to populate existing rows.\nPlease select a fix:`,
      [
        'Provide a one-off default now (will be set on all existing rows with a null value for this column)',
        'Quit and manually define a default value in models.py.',
      ],
    );
    if (choice === 2) throw new SystemExit(3);
    return { value: this.askDefault() };
  }

  askAutoNowAddAddition(fieldName: string, modelName: string): { value: PyValue } | null {
    if (this.dryRun) return null;
    const choice = this.choiceInput(
      `It is impossible to add the field '${fieldName}' with 'auto_now_add=True' to ${modelName} without providing a default. This is because the database needs something to populate existing rows.\n`,
      ['Provide a one-off default now which will be set on all existing rows', 'Quit and manually define a default value in models.py.'],
    );
    if (choice === 2) throw new SystemExit(3);
    return { value: this.askDefault('timezone.now') };
  }

  /** The value of the Python expression typed as the default (Enter takes `suggested`). */
  private askDefault(suggested = ''): PyValue {
    this.terminal.write('Please enter the default value as valid Python.\n');
    if (suggested) this.terminal.write(`Accept the default '${suggested}' by pressing 'Enter' or provide another value.\n`);
    this.terminal.write('The datetime and django.utils.timezone modules are available, so it is possible to provide e.g. timezone.now as a value.\n');
    this.terminal.write("Type 'exit' to exit this prompt\n");
    for (;;) {
      const code = this.input(suggested ? `[default: ${suggested}] >>> ` : '>>> ') || suggested;
      if (!code) this.terminal.write("Please enter some code, or 'exit' (with no quotes) to exit.\n");
      else if (code === 'exit') throw new SystemExit(1);
      else {
        try {
          return this.evaluate(code);
        } catch (err) {
          if (!(err instanceof PyException) || !['SyntaxError', 'NameError'].includes(err.exc.cls.name)) throw err;
          this.terminal.write(`Invalid input: ${this.describeError(err)}\n`);
        }
      }
    }
  }
}
