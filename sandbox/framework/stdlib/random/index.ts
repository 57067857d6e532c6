import { PyClass, PyInstance, PyNativeFunction, PyTuple, objectClass, pyError, typeName, type Interpreter, type Kwargs, type PyValue } from '../../python';
import { PyBytes } from '../../python/bytes';
import { randomBits, randomBytes } from '../secrets';
import { betavariate, expovariate, gammavariate, gauss, normalvariate, num, paretovariate, triangular, uniform, vonmisesvariate, weibullvariate } from './distributions';
import { Rng, bigOf, float, intResult, type RandomState } from './generator';
import { MersenneTwister, type RandomSource } from './mersenne';
import { choice, choices, randrange, sample, shuffle } from './sampling';
import { seedInt } from './seeding';

/** random: the Random class (and SystemRandom), and the module's functions bound to a hidden instance. */
const systemSource: RandomSource = {
  random: () => Number(randomBits(53)) / 9007199254740992,
  getrandbits: (k) => (k === 0 ? 0n : randomBits(k)),
};

function seedState(state: RandomState, a: PyValue | undefined, version: PyValue | undefined) {
  state.gaussNext = null;
  if (!state.mt) return;
  if (a === undefined || a === null) {
    const words = new Uint32Array(randomBytes(624 * 4).buffer);
    state.mt.seedWords([...words]);
    return;
  }
  state.mt.seedInt(seedInt(a, version === undefined ? 2 : Number(bigOf(version))));
}

function newState(system: boolean, seed: PyValue | undefined): RandomState {
  const mt = system ? null : new MersenneTwister();
  const state: RandomState = { source: mt ?? systemSource, mt, gaussNext: null };
  seedState(state, seed, undefined);
  return state;
}

type Body = (rng: Rng, args: PyValue[], kwargs: Kwargs) => PyValue;

export function randomClasses(interp: Interpreter): { Random: PyClass; SystemRandom: PyClass } {
  const Random: PyClass = new PyClass('Random', [objectClass], 'random', {
    construct: (cls, args) => {
      const instance = new PyInstance(cls);
      instance.native = newState(cls.isSubclassOf(SystemRandom), args[0]);
      return instance;
    },
  });
  const SystemRandom: PyClass = new PyClass('SystemRandom', [Random], 'random');
  const methods = new Map<string, PyNativeFunction>();
  const rngOf = (self: PyValue | undefined, name: string): Rng => {
    if (!(self instanceof PyInstance) || !self.cls.isSubclassOf(Random)) {
      throw pyError('TypeError', `descriptor '${name}' for 'Random' objects doesn't apply to a '${typeName(self ?? null)}' object`);
    }
    self.native ??= newState(self.cls.isSubclassOf(SystemRandom), undefined);
    return new Rng(interp, self, self.native as RandomState, methods.get('random'), methods.get('getrandbits'), methods.get('_randbelow'));
  };
  const def = (name: string, body: Body, cls = Random) => {
    const f = new PyNativeFunction(name, ([self, ...args], kwargs) => body(rngOf(self, name), args, kwargs));
    if (cls === Random) methods.set(name, f);
    cls.dict.set(name, f);
  };
  const noState = () => {
    throw pyError('NotImplementedError', 'System entropy source does not have state.');
  };

  def('__init__', (rng, [x]) => {
    seedState(rng.state, x, undefined);
    return null;
  });
  def('seed', (rng, args, kwargs) => {
    seedState(rng.state, args[0] ?? kwargs.get('a'), args[1] ?? kwargs.get('version'));
    return null;
  });
  def('random', (rng) => float(rng.state.source.random()));
  def('getrandbits', (rng, [k]) => {
    const bits = Number(bigOf(k));
    if (bits < 0) throw pyError('ValueError', 'number of bits must be non-negative');
    return intResult(rng.state.source.getrandbits(bits));
  });
  def('randbytes', (rng, [n]) => {
    const count = Number(bigOf(n));
    if (count < 0) throw pyError('ValueError', 'number of bits must be non-negative');
    const bits = rng.getrandbits(count * 8);
    return new PyBytes(Uint8Array.from({ length: count }, (_, i) => Number((bits >> BigInt(8 * i)) & 255n)));
  });
  def('getstate', (rng) => {
    if (!rng.state.mt) return noState();
    const gaussNext = rng.state.gaussNext;
    return new PyTuple([3, new PyTuple(rng.state.mt.state()), gaussNext === null ? null : float(gaussNext)]);
  });
  def('setstate', (rng, [state]) => {
    if (!rng.state.mt) return noState();
    const items = state instanceof PyTuple ? state.items : [];
    const version = items[0] ?? null;
    if (version !== 3 && version !== 2) throw pyError('ValueError', `state with version ${interp.str(version)} passed to Random.setstate() of version 3`);
    // Version 2 states (Python 2.x) may hold the words as negative C longs.
    const words = items[1] instanceof PyTuple ? items[1].items.map((w) => Number(BigInt.asUintN(32, bigOf(w)))) : [];
    if (words.length !== 625) throw pyError('ValueError', 'state vector is the wrong size');
    if (words[624]! > 624) throw pyError('ValueError', 'invalid state');
    rng.state.mt.setState(words);
    rng.state.gaussNext = items[2] === null || items[2] === undefined ? null : num(items[2], 0);
    return null;
  });
  def('_randbelow', (rng, [n]) => intResult(rng.randbelow(bigOf(n))));
  def('randrange', (rng, args, kwargs) => randrange(rng, args[0] ?? kwargs.get('start') ?? null, args[1] ?? kwargs.get('stop'), args[2] ?? kwargs.get('step')));
  def('randint', (rng, [a, b]) => {
    if (a === undefined || b === undefined) throw pyError('TypeError', `Random.randint() missing ${a === undefined ? "2 required positional arguments: 'a' and 'b'" : "1 required positional argument: 'b'"}`);
    return randrange(rng, a, intResult(bigOf(b) + 1n), undefined);
  });
  def('choice', (rng, [seq]) => choice(rng, seq ?? null));
  def('shuffle', (rng, [x]) => shuffle(rng, x ?? null));
  def('sample', (rng, [population, k], kwargs) => sample(rng, population ?? null, k ?? kwargs.get('k'), kwargs.get('counts')));
  def('choices', (rng, [population, ...rest], kwargs) => choices(rng, population ?? kwargs.get('population') ?? null, rest, kwargs));
  def('uniform', (rng, [a, b]) => float(uniform(rng, a, b)));
  def('triangular', (rng, [low, high, mode], kwargs) =>
    float(triangular(rng, num(low ?? kwargs.get('low'), 0), num(high ?? kwargs.get('high'), 1), (mode ?? kwargs.get('mode') ?? null) === null ? null : num(mode ?? kwargs.get('mode'), 0))));
  def('gauss', (rng, [mu, sigma], kwargs) => float(gauss(rng, num(mu ?? kwargs.get('mu'), 0), num(sigma ?? kwargs.get('sigma'), 1))));
  def('normalvariate', (rng, [mu, sigma], kwargs) => float(normalvariate(rng, num(mu ?? kwargs.get('mu'), 0), num(sigma ?? kwargs.get('sigma'), 1))));
  def('lognormvariate', (rng, [mu, sigma]) => float(Math.exp(normalvariate(rng, num(mu, 0), num(sigma, 1)))));
  def('expovariate', (rng, [lambd], kwargs) => float(expovariate(rng, num(lambd ?? kwargs.get('lambd'), 1))));
  def('paretovariate', (rng, [alpha]) => float(paretovariate(rng, num(alpha, NaN))));
  def('weibullvariate', (rng, [alpha, beta]) => float(weibullvariate(rng, num(alpha, NaN), num(beta, NaN))));
  def('gammavariate', (rng, [alpha, beta]) => float(gammavariate(rng, num(alpha, NaN), num(beta, NaN))));
  def('betavariate', (rng, [alpha, beta]) => float(betavariate(rng, num(alpha, NaN), num(beta, NaN))));
  def('vonmisesvariate', (rng, [mu, kappa]) => float(vonmisesvariate(rng, num(mu, NaN), num(kappa, NaN))));
  Random.dict.set('VERSION', 3);

  // SystemRandom's random() and getrandbits() are Random's, reading the system source its instances hold.
  def('seed', () => null, SystemRandom);
  def('getstate', noState, SystemRandom);
  def('setstate', noState, SystemRandom);
  return { Random, SystemRandom };
}

const EXPORTED = [
  'seed', 'random', 'getrandbits', 'randbytes', 'getstate', 'setstate', 'randrange', 'randint', 'choice', 'shuffle', 'sample', 'choices',
  'uniform', 'triangular', 'gauss', 'normalvariate', 'lognormvariate', 'expovariate', 'paretovariate', 'weibullvariate',
  'gammavariate', 'betavariate', 'vonmisesvariate',
];

/** `import random`. */
export function randomModule(interp: Interpreter): Record<string, PyValue> {
  const { Random, SystemRandom } = randomClasses(interp);
  const inst = interp.call(Random, []);
  const functions = Object.fromEntries(EXPORTED.map((name) => [name, interp.getAttr(inst, name)]));
  return { Random, SystemRandom, _inst: inst, ...functions };
}
