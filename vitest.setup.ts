// Only the chunks' loader, not the framework's entry point: importing the whole framework here
// would load its modules before a test file's vi.mock (node:http) could replace what they import.
// eslint-disable-next-line no-restricted-imports
import { loadStandardLibrary } from './sandbox/framework/lazy-chunks';

// Every host (the Worker, the command line, the WebContainer) loads the lazily loaded chunks
// before it runs a command (prepareProgram); tests that run commands directly, some while
// their suites are collected, start from the same state.
await loadStandardLibrary();
