import { nativeClass } from './native-class';
import { PyInstance } from './objects';

/** `...`, the one instance of its class. */
export const ELLIPSIS = new PyInstance(nativeClass('ellipsis', { __repr__: () => 'Ellipsis', __reduce__: () => 'Ellipsis' }));
