export { bootWebContainer, DEFAULT_BOOT_TIMEOUT_MS, type WebContainerDeps } from './boot-webcontainer';
