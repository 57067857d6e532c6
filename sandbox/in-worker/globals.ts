// Injected into the Worker bundle: the Node globals the framework and memfs use. Buffer
// counts and joins bytes (Content-Length, request bodies); it comes from the package
// Node's own is modelled on.
export { Buffer } from 'buffer';
export { process } from './node-process';
