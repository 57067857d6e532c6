/** The preview's navigation, without React: what PreviewPane (components/sandbox) uses. */
export { CookieJar } from './cookie-jar';
export type { DispatchSource, NavigateRequest } from './exchange';
export { navigate, type NavigateOptions, type NavigationError, type PreviewOutcome } from './navigate';
export { parsePreviewMessage, requestFor, isSitePath, NAVIGATE_MESSAGE, BLOCKED_MESSAGE, type PreviewMessage } from './messages';
export { serverUrl, typedPath } from './site-url';
