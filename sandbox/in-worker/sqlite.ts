// SQLite as the Worker loads it: a file of its own (public/sandbox/sqlite.js), imported
// only by the first command that opens the database, so the Worker starts without it.
import initSqlJs from 'sql.js';

export default initSqlJs;
