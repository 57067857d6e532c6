import { describe, expect, it } from 'vitest';
import { BRIDGE_ATTRIBUTE, bridgeScript, injectBridge } from './bridge-script';
import { BLOCKED_MESSAGE, NAVIGATE_MESSAGE } from './messages';

describe('injectBridge', () => {
  const script = bridgeScript('/', 8000);
  it.each([
    ['at the start of <head>', '<!doctype html><html lang="en"><head><meta charset="utf-8"></head></html>', '<!doctype html><html lang="en"><head>'],
    ['after <html> without a <head>', '<html><body>x</body></html>', '<html>'],
    ['after the doctype alone', '<!DOCTYPE html>\n<p>x</p>', '<!DOCTYPE html>'],
    ['at the very start of a fragment', '<p>x</p>', ''],
  ])('goes %s', (_, html, before) => {
    expect(injectBridge(html, '/', 8000)).toBe(before + script + html.slice(before.length));
  });

  it('cannot be closed early by the path it carries', () => {
    const tag = bridgeScript('/</script><script>alert(1)</script>', 8000);
    expect(tag.match(/<\/script>/g)).toHaveLength(1);
  });
});

/** A few DOM stand-ins, enough to run the script's listeners under Node. */
class FakeElement {
  constructor(private readonly attributes: Record<string, string>) {}
  getAttribute(name: string): string | null {
    return this.attributes[name] ?? null;
  }
  closest(): FakeElement | null {
    return 'href' in this.attributes ? this : null;
  }
  get name(): string {
    return this.attributes.name ?? '';
  }
  get value(): string {
    return this.attributes.value ?? '';
  }
}
class FakeForm extends FakeElement {
  constructor(
    attributes: Record<string, string>,
    readonly fields: [string, string][],
  ) {
    super(attributes);
  }
}
class FakeFormData {
  private readonly entries: [string, string][];
  constructor(form: FakeForm, submitter?: FakeElement) {
    this.entries = [...form.fields];
    if (submitter?.name) this.entries.push([submitter.name, submitter.value]);
  }
  forEach(callback: (value: string, name: string) => void) {
    for (const [name, value] of this.entries) callback(value, name);
  }
  append(name: string, value: string) {
    this.entries.push([name, value]);
  }
}

interface FakeEvent {
  target: unknown;
  button?: number;
  submitter?: FakeElement | null;
  defaultPrevented: boolean;
  preventDefault(): void;
}

function runBridge(path: string) {
  const listeners: Record<string, (event: FakeEvent) => void> = {};
  const posted: unknown[] = [];
  const scrolled: string[] = [];
  const document = {
    addEventListener: (type: string, listener: (event: FakeEvent) => void) => (listeners[type] = listener),
    getElementById: (id: string) => (id === 'results' ? { scrollIntoView: () => scrolled.push(id) } : null),
    getElementsByName: () => [],
  };
  const parent = { postMessage: (message: unknown) => posted.push(message) };
  const window = { scrollTo: () => scrolled.push('top') };
  const code = bridgeScript(path, 8000).replace(`<script ${BRIDGE_ATTRIBUTE}>`, '').replace(/<\/script>$/, '');
  new Function('document', 'parent', 'window', 'Element', 'HTMLFormElement', 'FormData', code)(
    document,
    parent,
    window,
    FakeElement,
    FakeForm,
    FakeFormData,
  );
  function fire(type: string, init: Partial<FakeEvent>): FakeEvent {
    const event: FakeEvent = { target: null, button: 0, defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true), ...init };
    listeners[type]?.(event);
    return event;
  }
  const click = (attributes: Record<string, string>) => fire('click', { target: new FakeElement(attributes) });
  const submit = (form: FakeForm, submitter: FakeElement | null = null) => fire('submit', { target: form, submitter });
  return { posted, scrolled, click, submit, fire };
}

describe('the bridge script in the iframe', () => {
  it('asks the pane to follow same-site links, resolved against the page on the server', () => {
    const { posted, click } = runBridge('/polls/1/');
    expect(click({ href: 'vote/?x=1#top' }).defaultPrevented).toBe(true);
    click({ href: '/polls/' });
    click({ href: 'http://localhost:8000/admin/' });
    expect(posted).toEqual([
      { type: NAVIGATE_MESSAGE, method: 'GET', path: '/polls/1/vote/?x=1' },
      { type: NAVIGATE_MESSAGE, method: 'GET', path: '/polls/' },
      { type: NAVIGATE_MESSAGE, method: 'GET', path: '/admin/' },
    ]);
  });

  it('opens nothing for other sites or new tabs, and says so', () => {
    const { posted, click } = runBridge('/');
    expect(click({ href: 'https://docs.djangoproject.com/' }).defaultPrevented).toBe(true);
    click({ href: '/polls/', target: '_blank' });
    click({ href: 'http://127.0.0.1:9000/' });
    expect(posted).toEqual([
      { type: BLOCKED_MESSAGE, url: 'https://docs.djangoproject.com/' },
      { type: BLOCKED_MESSAGE, url: 'http://127.0.0.1:8000/polls/' },
      { type: BLOCKED_MESSAGE, url: 'http://127.0.0.1:9000/' },
    ]);
  });

  it('scrolls for links within the page and leaves other schemes alone', () => {
    const { posted, scrolled, click } = runBridge('/polls/');
    click({ href: '#results' });
    click({ href: '#' });
    expect(click({ href: 'mailto:someone@example.com' }).defaultPrevented).toBe(false);
    expect(click({ name: 'no-href' }).defaultPrevented).toBe(false);
    expect(scrolled).toEqual(['results', 'top']);
    expect(posted).toEqual([]);
  });

  it('sends a GET form as a query string and a POST form as a form-encoded body', () => {
    const { posted, submit } = runBridge('/polls/1/');
    const search = new FakeForm({ action: '/search/?old=1' }, [['q', 'two words']]);
    const vote = new FakeForm({ method: 'post', action: 'vote/' }, [['csrfmiddlewaretoken', 't&1'], ['choice', '3']]);
    expect(submit(search).defaultPrevented).toBe(true);
    submit(vote, new FakeElement({ name: 'action', value: 'save' }));
    submit(new FakeForm({ method: 'POST' }, []));
    expect(posted).toEqual([
      { type: NAVIGATE_MESSAGE, method: 'GET', path: '/search/?q=two+words' },
      { type: NAVIGATE_MESSAGE, method: 'POST', path: '/polls/1/vote/', body: 'csrfmiddlewaretoken=t%261&choice=3&action=save' },
      { type: NAVIGATE_MESSAGE, method: 'POST', path: '/polls/1/', body: '' },
    ]);
  });

  it('leaves dialog forms and forms the page handles itself alone', () => {
    const { posted, submit, fire } = runBridge('/');
    expect(submit(new FakeForm({ method: 'dialog' }, [])).defaultPrevented).toBe(false);
    fire('submit', { target: new FakeForm({}, []), defaultPrevented: true });
    fire('click', { target: new FakeElement({ href: '/' }), defaultPrevented: true });
    fire('click', { target: new FakeElement({ href: '/' }), button: 1 });
    expect(posted).toEqual([]);
  });
});
