import { loadStandardLibrary } from './sandbox/framework';

// Every host (the Worker, the command line, the WebContainer) loads the lazily loaded chunks
// before it runs a command (prepareProgram); tests that run commands directly, some while
// their suites are collected, start from the same state.
await loadStandardLibrary();
