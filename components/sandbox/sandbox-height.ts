/**
 * The sandbox's height: a phone's screen below the header and tabs, or the practice
 * column's. Its loading placeholder takes it too, so nothing moves when the sandbox arrives.
 */
export const SANDBOX_HEIGHT = 'h-[calc(100dvh-7rem)] lg:h-full';
