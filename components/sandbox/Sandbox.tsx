'use client';

import { Suspense, lazy, useCallback, useMemo, useState, type ReactNode } from 'react';
import { Group, Panel, Separator, useDefaultLayout, usePanelRef } from 'react-resizable-panels';
import type { Lang } from '@/lib/languages';
import type { SandboxStart } from '@/lib/content/lesson-meta';
import { SANDBOX_STRINGS } from '@/lib/sandbox-strings';
import { projectZip } from '@/sandbox/runtime/download-zip';
import { TerminalPane, type TerminalApi } from './TerminalPane';
import { EditorPlaceholder } from './EditorPlaceholder';
import { FileTree } from './FileTree';
import { PreviewPane } from './PreviewPane';
import { BootStatus } from './BootStatus';
import { SandboxToolbar } from './SandboxToolbar';
import { TabList } from '../TabList';
import { useSandbox } from './use-sandbox';
import { useBrokenCopy } from './use-broken-copy';
import { downloadFile } from '@/lib/browser/download-file';
import { useWideScreen } from './use-wide-screen';
import { SANDBOX_HEIGHT } from './sandbox-height';
import { INSPECTOR_STRINGS } from '@/lib/inspector-strings';
import { InspectorPanel } from './inspector/InspectorPanel';
import { useInspector } from './inspector/use-inspector';

// CodeMirror is fetched once the sandbox has booted, beside the prompt rather than before it.
const EditorPane = lazy(() => import('./EditorPane').then((module) => ({ default: module.EditorPane })));

interface Props {
  lang: Lang;
  slug: string;
  start: SandboxStart;
}

type PaneName = 'terminal' | 'files' | 'preview' | 'inspector';
const PANES: PaneName[] = ['terminal', 'files', 'preview', 'inspector'];
/** On a wide screen the preview and the inspector take turns in the pane below the terminal. */
type SideName = 'preview' | 'inspector';
const SIDES: SideName[] = ['preview', 'inspector'];

// A separator is a keyboard stop too (arrow keys resize): focused, it takes the brand colour besides the ring.
const handle = 'bg-zinc-200 transition-colors hover:bg-brand-400 focus-visible:bg-brand-600 data-[separator=active]:bg-brand-600 dark:bg-zinc-800';

/** A lesson's sandbox: files and editor, terminal and preview, side by side or as tabs on a phone. */
export default function Sandbox({ lang, slug, start }: Props) {
  const t = SANDBOX_STRINGS[lang];
  const lesson = useMemo(() => ({ slug, start }), [slug, start]);
  const [terminal, setTerminal] = useState<TerminalApi | null>(null);
  const { view, session } = useSandbox(lesson, terminal, lang);
  const broken = useBrokenCopy(slug);
  const [open, setOpen] = useState<string | null>(null);
  const [pane, setPane] = useState<PaneName>('terminal');
  const [side, setSide] = useState<SideName>('preview');
  const sidePanel = usePanelRef();
  // The inspector says more than a preview needs room for: opening it makes a small pane taller.
  const showSide = (name: SideName) => {
    setSide(name);
    const panel = sidePanel.current;
    if (name === 'inspector' && panel && panel.getSize().asPercentage < 45) panel.resize('45');
  };
  const wide = useWideScreen();
  const inspectorOpen = wide ? side === 'inspector' : pane === 'inspector';
  const inspector = useInspector(view.boot.phase === 'ready' ? session : null, inspectorOpen);
  const ti = INSPECTOR_STRINGS[lang];
  const rows = useDefaultLayout({ id: 'sandbox-rows', storage: typeof window === 'undefined' ? undefined : localStorage });
  const columns = useDefaultLayout({ id: 'sandbox-columns', storage: typeof window === 'undefined' ? undefined : localStorage });

  const download = async () => {
    const saved = await session?.save();
    if (saved) downloadFile(projectZip(saved) as BlobPart, `${slug}.zip`, 'application/zip');
  };
  const damaged = view.boot.phase === 'damaged' ? view.boot.saved : undefined;
  const startAgain = async () => {
    await broken.keep(damaged);
    setOpen(null);
    session?.restart();
  };
  const takeOver = async () => {
    setOpen(null);
    await session?.takeOver();
  };

  const reset = () => {
    if (!window.confirm(t.runtime.confirmReset)) return;
    setOpen(null);
    void session?.reset();
  };

  const terminalPane = (
    <section aria-label={t.terminal.label} className="relative h-full min-h-0">
      <TerminalPane label={t.terminal.label} keyboardHelp={t.terminal.keyboardHelp} onInput={(d) => {
          session?.input(d);
          inspector.typed(d);
        }} onResize={(c, r) => session?.resize(c, r)} onReady={setTerminal} />
      <BootStatus
        t={t.terminal}
        boot={view.boot}
        onRetry={() => session?.restart()}
        onDownloadDamaged={() => void broken.download(damaged)}
        onStartAgain={() => void startAgain()}
      />
    </section>
  );
  const tree = (
    <FileTree
      lang={lang}
      entries={view.entries}
      selected={open}
      onOpen={setOpen}
      onCreate={async (path, kind) => session?.create(path, kind)}
      onRename={async (from, to) => {
        await session?.rename(from, to);
        if (open === from) setOpen(to);
      }}
      onDelete={async (path) => {
        await session?.remove(path);
        if (open === path || open?.startsWith(`${path}/`)) setOpen(null);
      }}
    />
  );
  // CodeMirror loads with the first file opened, not with the prompt: its compile would
  // land on the learner's first command. Once wanted, always: a restart must not unmount
  // an editor holding unsaved text.
  const [editorWanted, setEditorWanted] = useState(false);
  if (!editorWanted && view.boot.phase !== 'booting' && open !== null) setEditorWanted(true);
  const placeholder = <EditorPlaceholder lang={lang} path={open} />;
  const editor = !editorWanted ? (
    placeholder
  ) : (
    <Suspense fallback={placeholder}>
      <EditorPane
        lang={lang}
        path={open}
        reloadKey={view.filesVersion}
        load={async (path) => (session ? session.readFile(path) : new Uint8Array())}
        save={async (path, data) => session?.writeFile(path, data)}
      />
    </Suspense>
  );
  const preview = <PreviewPane lang={lang} source={view.server} />;
  const readRows = useCallback((table: string, offset: number) => session?.inspectRows(table, offset) ?? Promise.reject(new Error('the sandbox is not running')), [session]);
  const inspectorPanel = <InspectorPanel lang={lang} state={inspector} readRows={readRows} />;

  let body: ReactNode;
  if (wide) {
    body = (
      <Group orientation="vertical" id="sandbox-rows" defaultLayout={rows.defaultLayout} onLayoutChanged={rows.onLayoutChanged} className="min-h-0 flex-1">
        <Panel id="sandbox-files" defaultSize="38" minSize="10">
          <Group orientation="horizontal" id="sandbox-columns" defaultLayout={columns.defaultLayout} onLayoutChanged={columns.onLayoutChanged} className="h-full">
            <Panel id="sandbox-tree" defaultSize="32" minSize="15" className="overflow-auto">
              {tree}
            </Panel>
            <Separator className={`w-1 ${handle}`} />
            <Panel id="sandbox-editor" defaultSize="68" minSize="30">
              {editor}
            </Panel>
          </Group>
        </Panel>
        <Separator className={`h-1 ${handle}`} />
        <Panel id="sandbox-terminal" defaultSize="37" minSize="10">
          {terminalPane}
        </Panel>
        <Separator className={`h-1 ${handle}`} />
        <Panel id="sandbox-preview" defaultSize="25" minSize="8" panelRef={sidePanel}>
          <div className="flex h-full flex-col">
            <TabList
              label={ti.sideTabs}
              tabs={SIDES}
              names={{ preview: t.preview.label, inspector: ti.label }}
              active={side}
              onChange={showSide}
              idPrefix="sandbox-side-"
              size="px-3 py-1"
            />
            <div id="sandbox-side-panel-preview" role="tabpanel" aria-labelledby="sandbox-side-tab-preview" className={side === 'preview' ? 'min-h-0 flex-1' : 'hidden'}>
              {preview}
            </div>
            <div id="sandbox-side-panel-inspector" role="tabpanel" aria-labelledby="sandbox-side-tab-inspector" className={side === 'inspector' ? 'min-h-0 flex-1' : 'hidden'}>
              {inspectorPanel}
            </div>
          </div>
        </Panel>
      </Group>
    );
  } else {
    const shown = (name: PaneName) => (pane === name ? 'flex min-h-0 flex-1 flex-col' : 'hidden');
    body = (
      <>
        <TabList
          label={t.runtime.panes}
          tabs={PANES}
          names={{ terminal: t.terminal.label, files: t.tree.label, preview: t.preview.label, inspector: ti.label }}
          active={pane}
          onChange={setPane}
          idPrefix="sandbox-"
          size="px-3 py-2"
        />
        <div id="sandbox-panel-terminal" role="tabpanel" aria-labelledby="sandbox-tab-terminal" className={shown('terminal')}>
          {terminalPane}
        </div>
        <div id="sandbox-panel-files" role="tabpanel" aria-labelledby="sandbox-tab-files" className={shown('files')}>
          <div className="max-h-[40%] overflow-auto border-b border-zinc-200 dark:border-zinc-800">{tree}</div>
          <div className="min-h-0 flex-1">{editor}</div>
        </div>
        <div id="sandbox-panel-preview" role="tabpanel" aria-labelledby="sandbox-tab-preview" className={shown('preview')}>
          {preview}
        </div>
        <div id="sandbox-panel-inspector" role="tabpanel" aria-labelledby="sandbox-tab-inspector" className={shown('inspector')}>
          {inspectorPanel}
        </div>
      </>
    );
  }

  return (
    <div data-testid="sandbox" className={`flex flex-col ${SANDBOX_HEIGHT}`}>
      <SandboxToolbar
        t={t.runtime}
        boot={view.boot}
        unsaved={view.unsaved}
        claim={view.claim}
        damagedKept={broken.kept}
        onReset={reset}
        onDownload={() => void download()}
        onTakeOver={() => void takeOver()}
        onDownloadKept={() => void broken.download()}
        onDeleteKept={() => void broken.forget()}
      />
      {body}
    </div>
  );
}
