/**
 * The framework's one public face. The shell, the grader, the Worker and the command line
 * use the miniature Django through this file only (ESLint keeps it so): running a command
 * line as `python`/`django-admin` would, preparing for it, opening a project, answering a
 * local GET or reversing a URL name, serving it, the command catalogue, and the Python error a host raises.
 */
export { runProgram, openProject, type ProgramIO, type PythonEnvironment } from './program';
export { prepareProgram } from './core/management/database-commands';
export { loadStandardLibrary } from './lazy-chunks';
export { COMMANDS, CORE_COMMANDS } from './core/management/catalogue';
export { configureSqlite, loadSqlite, sqlite } from './db/backends/sqlite3/engine';
export type { LoadedProject } from './core/handlers/project';
export { answerLocalGet } from './core/handlers/local-get';
export { reverseLocal } from './core/handlers/local-reverse';
export type { FinalResponse } from './core/handlers/base';
export { serve, type ServeOptions } from './core/servers/basehttp';
export { pyError } from './python';
export { onStillWorking, stillWorking } from './utils/still-working';
export { setNativePbkdf2, pbkdf2Derive, pbkdf2Pure, type Pbkdf2Provider } from './contrib/auth/pbkdf2';
// The analysis is small (a few kB): it stays in the Worker's start-up chunk rather than splitting the framework in two.
export { inspectProject, inspectTableRows, type InspectPlace } from './core/management/inspector/inspect';
export type { Inspection, TableRows } from './core/management/inspector/report';
