import { defineCommand } from '../base';
import { styledLine } from '../color';
import { SystemExit } from '../../../python';
import { projectLoader } from '../project-loader';

/** django/core/management/commands/showmigrations.py (3.2): `format` is 'list' unless --plan. */
export default defineCommand({
  help: 'Shows all available migrations for the current project',
  requiresSystemChecks: true,
  needsSettings: true,
  addArguments(parser) {
    parser.addArgument(['app_label'], {
      nargs: '*',
      help: 'App labels of applications to limit the output to.',
    });
    parser.addArgument(['--database'], {
      default: 'default',
      choices: ['default'],
      help: 'Nominates a database to show migrations for. Defaults to the "default" database.',
    });
    const formats = parser.addMutuallyExclusiveGroup();
    formats.addArgument(['--list', '-l'], {
      action: 'store_const',
      dest: 'format',
      const: 'list',
      help:
        'Shows a list of all migrations and which are applied. ' +
        'With a verbosity level of 2 or above, the applied datetimes ' +
        'will be included.',
    });
    formats.addArgument(['--plan', '-p'], {
      action: 'store_const',
      dest: 'format',
      const: 'plan',
      help:
        'Shows all migrations in the order they will be applied. ' +
        'With a verbosity level of 2 or above all direct migration dependencies ' +
        'and reverse dependencies (run_before) will be included.',
    });
    parser.setDefaults({ format: 'list' });
  },
  handle(options, ctx) {
    const loader = projectLoader(ctx);
    const graph = loader.graph;
    const labels = (options.app_label as string[] | null) ?? [];
    const invalid = labels.filter((l) => !ctx.apps?.byLabel(l));
    for (const label of invalid) ctx.stderr(`No installed app with label '${label}'.\n`);
    if (invalid.length) throw new SystemExit(2);
    const applied = (app: string, name: string) => loader.appliedMigrations.has(`${app}.${name}`);
    let out = '';
    const line = (text: string) => (out += `${text}\n`);
    if (options.format === 'plan') {
      const targets = labels.length ? labels.flatMap((l) => graph.leafNodes(l)) : graph.leafNodes();
      const seen = new Set<string>();
      for (const target of targets) {
        for (const [app, name] of graph.forwardsPlan(target)) {
          if (seen.has(`${app}.${name}`)) continue;
          seen.add(`${app}.${name}`);
          let deps = '';
          if ((options.verbosity as number) >= 2) {
            const parents = graph.parents([app, name]).sort();
            deps = parents.length ? ` ... (${parents.map(([a, n]) => `${a}.${n}`).join(', ')})` : '';
          }
          line(`${applied(app, name) ? '[X]' : '[ ]'}  ${app}.${name}${deps}`);
        }
      }
      if (!seen.size) out += styledLine('(no migrations)', ctx.style.ERROR);
    } else {
      const apps = labels.length ? labels : [...loader.migratedApps].sort();
      for (const app of apps) {
        out += styledLine(app, ctx.style.MIGRATE_LABEL);
        const shown = new Set<string>();
        for (const leaf of graph.leafNodes(app)) {
          for (const [a, name] of graph.forwardsPlan(leaf)) {
            if (a !== app || shown.has(name)) continue;
            shown.add(name);
            line(` ${applied(a, name) ? '[X]' : '[ ]'} ${name}`);
          }
        }
        if (!shown.size) out += styledLine(' (no migrations)', ctx.style.ERROR);
      }
    }
    ctx.stdout(out);
  },
});
