import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPython } from './run-python.testkit';
import { mutate, random, randomTokens } from './fuzz.testkit';

// Django's project templates as sample input: read as data, since Python imports nothing of Django.
const template = (name: string) => readFileSync(new URL(`../conf/project_template/${name}`, import.meta.url), 'utf8');
const settingsTemplate = template('project_name/settings.py-tpl');
const manageTemplate = template('manage.py-tpl');

/** Python the learner may start from, to be broken in every way a keyboard can. */
const SEEDS = [
  manageTemplate,
  settingsTemplate.replace(/\{\{ \w+ \}\}/g, 'x'),
  'class Student:\n    name = "x"\n    def __str__(self):\n        return f"{self.name}!"\n\nprint(Student())\n',
  'EXTERNAL_APPS = ["home", "accounts"]\nINSTALLED_APPS = []\nINSTALLED_APPS += EXTERNAL_APPS\nfor app in INSTALLED_APPS:\n    if app == "home":\n        print(app.upper())\n    else:\n        pass\n',
  'def view(request, pk=1, *args, **kwargs):\n    data = {"pk": pk, "items": [1, 2, 3][1:]}\n    try:\n        return data["pk"] * 2\n    except KeyError as e:\n        raise ValueError("no") from e\n\nprint(view(None, pk=3))\n',
  'x = 0\nwhile x < 5:\n    x += 1\n    if x == 3:\n        continue\nprint(not x or x > 2 and x is not None)\n',
];

describe('the interpreter under random input', () => {
  it('answers a few thousand broken programs with a Python result or a Python error, quickly', () => {
    const rnd = random(20261121);
    let slowest = 0;
    for (let i = 0; i < 3000; i++) {
      const source = i % 4 === 3 ? randomTokens(rnd) : mutate(SEEDS[i % SEEDS.length]!, rnd);
      const started = performance.now();
      let result: ReturnType<typeof runPython>;
      try {
        result = runPython(source, { maxSteps: 20_000 });
      } catch (err) {
        throw new Error(`uncaught ${err instanceof Error ? err.stack : JSON.stringify(err)} for program #${i}:\n${source}`);
      }
      slowest = Math.max(slowest, performance.now() - started);
      if (result.traceback !== null) expect(result.error).toMatch(/^[A-Za-z.]+(Error|Exception|Exit)\b/);
    }
    expect(slowest).toBeLessThan(2000);
  });
});
