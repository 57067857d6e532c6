import type { Lang } from './languages';
import type { RuntimeNotice, RuntimeReason } from '@/sandbox/runtime/notices';

/**
 * The sandbox panes' strings, part of UI_STRINGS (lib/ui-strings.ts). One section per pane,
 * so each pane's words stay together.
 */
export interface SandboxStrings {
  terminal: {
    label: string;
    /** Tab completes in the terminal: how to leave it with the keyboard. */
    keyboardHelp: string;
    /** The boot steps, in order. */
    steps: Record<'framework' | 'database' | 'files' | 'shell', string>;
    starting: string;
    failed: (reason: string) => string;
    retry: string;
    /** The saved copy of the lesson cannot be opened (damaged): what it is, and the two ways on. */
    damaged: (problem: string) => string;
    downloadDamaged: string;
    startAgain: string;
  };
  editor: {
    label: string;
    /** Shown while no file is open. */
    pickFile: string;
    opening: string;
    /** The unsaved-changes marker's text for screen readers (and its tooltip). */
    unsaved: string;
    saving: string;
    saved: string;
    saveFailed: (reason: string) => string;
    openFailed: (path: string) => string;
    /** The open file vanished (deleted or renamed by a command) and nothing was unsaved. */
    gone: (path: string) => string;
    binary: (name: string) => string;
    sqlite: (name: string) => string;
    tooLarge: (name: string, size: string) => string;
    /** A command rewrote the file under unsaved edits, which are kept. */
    changedOnDisk: string;
    /** A command deleted or moved the file under unsaved edits, which are kept. */
    goneOnDisk: string;
    discardEdits: string;
    /** Read by screen readers with the editor: how to save, and how to leave it by keyboard. */
    keyboardHelp: string;
  };
  tree: {
    label: string;
    toolbar: string;
    newFile: string;
    newFolder: string;
    rename: string;
    delete: string;
    /** The name field's label; null is the home folder. */
    newFileIn: (folder: string | null) => string;
    newFolderIn: (folder: string | null) => string;
    renameTo: (name: string) => string;
    nameHint: string;
    create: string;
    confirmRename: string;
    cancel: string;
    confirmDelete: (path: string, kind: 'file' | 'folder') => string;
    empty: string;
    failed: (reason: string) => string;
    /** Why a typed name cannot be used (NameProblem in components/sandbox/tree/names.ts). */
    problems: {
      empty: string;
      'slash-ends': string;
      'bad-part': string;
      exists: string;
      'under-a-file': string;
      'inside-itself': string;
    };
  };
  preview: {
    label: string;
    /** The iframe's title, for screen readers. */
    frameTitle: string;
    /** The address field's label. */
    address: string;
    back: string;
    reload: string;
    loading: string;
    /** The HTTP status shown beside the address when it is not 200. */
    status: (code: number) => string;
    noServer: string;
    /** Followed by the runserver command. */
    startHint: string;
    tooManyRedirects: (path: string) => string;
    offSiteRedirect: (url: string) => string;
    failed: (reason: string) => string;
    download: (type: string, size: number) => string;
    /** A link to another site or a new tab was clicked in the page. */
    blockedLink: (url: string) => string;
    dismiss: string;
  };
  runtime: {
    label: string;
    /** The badge: which runtime runs the sandbox. */
    kind: Record<'worker' | 'webcontainer', string>;
    /** Why this runtime, worded for the two lines below. */
    reason: (reason: RuntimeReason) => string;
    why: (reason: string) => string;
    /** Shown when WebContainer was asked for or tried, and the Worker took over. */
    fellBack: (reason: string) => string;
    /** What a runtime says of itself in the terminal (a restart and why). */
    notice: (notice: RuntimeNotice) => string;
    /** The browser refuses storage (IndexedDB): the sandbox works, but nothing is kept. */
    notSaved: string;
    /** The browser's storage for the site is full: the newest work lives only in this tab. */
    storageFull: string;
    reset: string;
    confirmReset: string;
    download: string;
    /** Another tab holds the lesson (lesson-claim.ts): opened there first, or taken by it since. */
    elsewhere: string;
    lost: string;
    takeOver: string;
    /** A damaged saved copy was moved aside when the learner started again. */
    damagedKept: string;
    downloadKept: string;
    deleteKept: string;
    /** The tabs a phone shows instead of side-by-side panes. */
    panes: string;
  };
}

export const SANDBOX_STRINGS: Record<Lang, SandboxStrings> = {
  en: {
    terminal: {
      label: 'Terminal',
      keyboardHelp: 'Escape, then Tab: leave the terminal',
      steps: {
        framework: 'Loading the framework',
        database: 'Loading the database (SQLite)',
        files: 'Restoring your files',
        shell: 'Starting the shell',
      },
      starting: 'Starting the sandbox…',
      failed: (reason) => `The sandbox could not start: ${reason}`,
      retry: 'Try again',
      damaged: (problem) =>
        `Your saved work for this lesson could not be opened (${problem}). Download it to keep what can be read from it, then start again from the lesson's starting files. The damaged copy is not deleted.`,
      downloadDamaged: 'Download the saved copy',
      startAgain: "Start again from the lesson's files",
    },
    editor: {
      label: 'Editor',
      pickFile: 'Open a file from the file tree to edit it here.',
      opening: 'Opening…',
      unsaved: 'Unsaved changes',
      saving: 'Saving…',
      saved: 'Saved',
      saveFailed: (reason) => `Could not save: ${reason}`,
      openFailed: (path) => `Could not open ${path}.`,
      gone: (path) => `${path} is no longer there: a command may have deleted or moved it.`,
      binary: (name) => `${name} is a binary file, so it can't be shown here.`,
      sqlite: (name) =>
        `${name} is a binary file (a SQLite database), so it can't be shown here. Django reads and writes it for you through your models.`,
      tooLarge: (name, size) => `${name} is too large to open here (${size}).`,
      changedOnDisk: 'A command changed this file while you had unsaved edits. Your edits are kept: saving replaces the new version.',
      goneOnDisk: 'A command deleted or moved this file while you had unsaved edits. Your edits are kept: saving writes the file again.',
      discardEdits: 'Discard my edits and show the file',
      keyboardHelp:
        'Ctrl+S or Cmd+S saves, and so does leaving the editor. Tab indents: to move on with the keyboard, press Escape, then Tab.',
    },
    tree: {
      label: 'Files',
      toolbar: 'File actions',
      newFile: 'New file',
      newFolder: 'New folder',
      rename: 'Rename',
      delete: 'Delete',
      newFileIn: (folder) => (folder ? `New file in ${folder}/` : 'New file in the home folder'),
      newFolderIn: (folder) => (folder ? `New folder in ${folder}/` : 'New folder in the home folder'),
      renameTo: (name) => `New name for ${name}`,
      nameHint: 'Enter confirms, Escape cancels. A / makes folders on the way: templates/polls/index.html.',
      create: 'Create',
      confirmRename: 'Rename',
      cancel: 'Cancel',
      confirmDelete: (path, kind) =>
        kind === 'folder' ? `Delete the folder ${path} and everything in it? This can't be undone.` : `Delete ${path}? This can't be undone.`,
      empty: 'No files yet.',
      failed: (reason) => `That didn't work: ${reason}`,
      problems: {
        empty: 'Type a name.',
        'slash-ends': "A name can't start or end with /.",
        'bad-part': 'Each part between slashes needs a real name (not empty, . or ..).',
        exists: 'Something with that name is already there.',
        'under-a-file': "A file can't hold other files.",
        'inside-itself': "A folder can't move inside itself.",
      },
    },
    preview: {
      label: 'Preview',
      frameTitle: 'Your site, as the development server shows it',
      address: 'Address on your development server',
      back: 'Back',
      reload: 'Reload',
      loading: 'Loading…',
      status: (code) => `Status ${code}`,
      noServer: 'No server is running.',
      startHint: 'Start one in the terminal, and its pages show up here:',
      tooManyRedirects: (path) => `Too many redirects: the server keeps sending the browser round in a loop (last stop: ${path}).`,
      offSiteRedirect: (url) => `The server redirected to another site, which the preview does not open: ${url}`,
      failed: (reason) => `The request failed: ${reason}`,
      download: (type, size) => `This answer is a file (${type}, ${size} bytes) that the preview cannot show.`,
      blockedLink: (url) => `The preview opens only your server's pages, right here in this pane: ${url}`,
      dismiss: 'Dismiss',
    },
    runtime: {
      label: 'Sandbox',
      kind: { worker: 'Worker', webcontainer: 'WebContainer' },
      reason: (reason) => {
        switch (reason.kind) {
          case 'asked':
            return `the address asks for it (?runtime=${reason.runtime})`;
          case 'isolated':
            return 'this page is cross-origin isolated';
          case 'not-isolated':
            return 'this page is not cross-origin isolated, which WebContainer needs';
          case 'webcontainer-timeout':
            return `it did not start within ${reason.seconds} s, and it needs an internet connection`;
          case 'webcontainer-failed':
            return reason.detail;
        }
      },
      why: (reason) => `Runs in: chosen because ${reason}`,
      fellBack: (reason) => `WebContainer could not start (${reason}), so the sandbox runs in a Worker in this tab. Everything works the same.`,
      notice: (notice) => {
        const kept = 'Your files are as they were after your last command.';
        switch (notice.kind) {
          case 'crashed':
            return `The sandbox crashed (${notice.detail}) and started again. ${kept}`;
          case 'stopped-answering':
            return `The sandbox stopped answering and started again. ${kept}`;
          case 'ran-too-long':
            return `The sandbox stopped a command that ran for more than ${notice.seconds} seconds (an endless loop?) and started again. ${kept}`;
          case 'ignored-interrupt':
            return `The command did not stop after Ctrl+C, so the sandbox started again. ${kept}`;
          case 'could-not-restart':
            return `The sandbox could not start again (${notice.detail}). Reload the page: your saved work comes back.`;
          case 'shell-did-not-start':
            return `The sandbox shell could not start (exit status ${notice.status}).`;
          case 'shell-did-not-restart':
            return `The sandbox shell could not restart: ${notice.detail}`;
          case 'output-dropped':
            return `This command printed more than the terminal keeps (${notice.limit.toLocaleString('en')} characters): the rest of its output is not shown. Ctrl+C stops it.`;
        }
      },
      notSaved: 'Your browser does not let this site store data, so this sandbox is not saved: a reload starts it again. Use "Download project" to keep your work.',
      storageFull: 'Your browser\'s storage for this site is full, so your latest changes are not saved: they stay here while this tab is open, and what was saved before is kept. Use "Download project" to keep them.',
      reset: 'Reset lesson',
      confirmReset: "Reset this lesson's sandbox? Your files, your database and your command history for this lesson will be deleted, and it starts again from the lesson's starting files.",
      download: 'Download project',
      elsewhere: 'This lesson is open in another tab, and that tab saves it. What you do here is not saved.',
      lost: 'This lesson was opened in another tab, which saves it now. What you do here is no longer saved.',
      takeOver: 'Work here instead',
      damagedKept: 'A saved copy of this lesson that could not be opened is kept in this browser.',
      downloadKept: 'Download it',
      deleteKept: 'Delete it',
      panes: 'Sandbox panes',
    },
  },
  hinglish: {
    terminal: {
      label: 'Terminal',
      keyboardHelp: 'Terminal se bahar: pehle Escape, phir Tab',
      steps: {
        framework: 'Framework load ho raha hai',
        database: 'Database (SQLite) load ho raha hai',
        files: 'Tumhari files wapas aa rahi hain',
        shell: 'Shell start ho raha hai',
      },
      starting: 'Sandbox start ho raha hai…',
      failed: (reason) => `Sandbox start nahi ho paya: ${reason}`,
      retry: 'Phir se try karo',
      damaged: (problem) =>
        `Is lesson ka tumhara saved kaam khul nahi paya (${problem}). Pehle use download kar lo, taaki jo padha ja sake woh tumhare paas rahe; phir lesson ki starting files se dobara shuru karo. Kharab copy delete nahi hogi.`,
      downloadDamaged: 'Saved copy download karo',
      startAgain: 'Lesson ki files se dobara shuru karo',
    },
    editor: {
      label: 'Editor',
      pickFile: 'File tree mein se koi file kholo, woh yahan edit hogi.',
      opening: 'Khul rahi hai…',
      unsaved: 'Changes abhi save nahi hue',
      saving: 'Save ho rahi hai…',
      saved: 'File save ho gayi',
      saveFailed: (reason) => `Save nahi ho payi: ${reason}`,
      openFailed: (path) => `${path} khul nahi payi.`,
      gone: (path) => `${path} ab yahan nahi hai: shayad kisi command ne use delete ya move kar diya.`,
      binary: (name) => `${name} ek binary file hai, isliye yahan dikh nahi sakti.`,
      sqlite: (name) =>
        `${name} ek binary file hai (SQLite database), isliye yahan dikh nahi sakti. Ise Django khud tumhare models ke through padhta aur likhta hai.`,
      tooLarge: (name, size) => `${name} yahan kholne ke liye bahut badi hai (${size}).`,
      changedOnDisk:
        'Tumhare unsaved edits ke beech ek command ne yeh file badal di. Tumhare edits safe hain: save karoge to naya version replace ho jayega.',
      goneOnDisk:
        'Tumhare unsaved edits ke beech ek command ne yeh file delete ya move kar di. Tumhare edits safe hain: save karoge to file phir se ban jayegi.',
      discardEdits: 'Mere edits hatao, file dikhao',
      keyboardHelp:
        'Ctrl+S ya Cmd+S se save hota hai, aur editor se bahar jaane par bhi. Tab indent karta hai: keyboard se aage jaana ho to pehle Escape, phir Tab dabao.',
    },
    tree: {
      label: 'Files',
      toolbar: 'File ke actions',
      newFile: 'Nayi file',
      newFolder: 'Naya folder',
      rename: 'Naam badlo',
      delete: 'Delete karo',
      newFileIn: (folder) => (folder ? `${folder}/ mein nayi file` : 'Home folder mein nayi file'),
      newFolderIn: (folder) => (folder ? `${folder}/ mein naya folder` : 'Home folder mein naya folder'),
      renameTo: (name) => `${name} ka naya naam`,
      nameHint: 'Enter se confirm, Escape se cancel. / likhoge to beech ke folders bhi ban jayenge: templates/polls/index.html.',
      create: 'Banao',
      confirmRename: 'Naam badlo',
      cancel: 'Cancel',
      confirmDelete: (path, kind) =>
        kind === 'folder'
          ? `Folder ${path} aur uske andar sab kuch delete karna hai? Yeh wapas nahi hoga.`
          : `${path} delete karni hai? Yeh wapas nahi hogi.`,
      empty: 'Abhi koi file nahi hai.',
      failed: (reason) => `Yeh nahi ho paya: ${reason}`,
      problems: {
        empty: 'Koi naam likho.',
        'slash-ends': 'Naam ke shuru ya end mein / nahi ho sakta.',
        'bad-part': 'Slashes ke beech har hissa ek asli naam hona chahiye (khaali, . ya .. nahi).',
        exists: 'Is naam ki cheez pehle se yahan hai.',
        'under-a-file': 'File ke andar aur files nahi ban sakti.',
        'inside-itself': 'Folder apne hi andar move nahi ho sakta.',
      },
    },
    preview: {
      label: 'Preview',
      frameTitle: 'Tumhari site, jaise development server dikhata hai',
      address: 'Development server pe address',
      back: 'Peeche',
      reload: 'Reload',
      loading: 'Load ho raha hai…',
      status: (code) => `Status ${code}`,
      noServer: 'Abhi koi server nahi chal raha.',
      startHint: 'Terminal mein ek start karo, phir uske pages yahin dikhenge:',
      tooManyRedirects: (path) => `Bahut saare redirects: server browser ko ek loop mein ghuma raha hai (aakhri stop: ${path}).`,
      offSiteRedirect: (url) => `Server ne doosri site pe redirect kiya, jo preview nahi kholta: ${url}`,
      failed: (reason) => `Request fail ho gayi: ${reason}`,
      download: (type, size) => `Ye jawab ek file hai (${type}, ${size} bytes), jo preview dikha nahi sakta.`,
      blockedLink: (url) => `Preview sirf tumhare server ke pages kholta hai, isi pane mein: ${url}`,
      dismiss: 'Hatao',
    },
    runtime: {
      label: 'Sandbox',
      kind: { worker: 'Worker', webcontainer: 'WebContainer' },
      reason: (reason) => {
        switch (reason.kind) {
          case 'asked':
            return `address mein ?runtime=${reason.runtime} likha hai`;
          case 'isolated':
            return 'yeh page cross-origin isolated hai';
          case 'not-isolated':
            return 'yeh page cross-origin isolated nahi hai, aur WebContainer ko iski zaroorat hai';
          case 'webcontainer-timeout':
            return `woh ${reason.seconds} second mein start nahi hua, aur use internet connection chahiye`;
          case 'webcontainer-failed':
            return reason.detail;
        }
      },
      why: (reason) => `Yahan chal raha hai, kyunki ${reason}`,
      fellBack: (reason) => `WebContainer start nahi hua (${reason}), isliye sandbox is tab ke Worker mein chal raha hai. Sab kuch waise hi kaam karta hai.`,
      notice: (notice) => {
        const kept = 'Tumhari files waisi hi hain jaisi last command ke baad thi.';
        switch (notice.kind) {
          case 'crashed':
            return `Sandbox crash ho gaya (${notice.detail}) aur phir se start hua. ${kept}`;
          case 'stopped-answering':
            return `Sandbox ne jawab dena band kar diya tha, isliye woh phir se start hua. ${kept}`;
          case 'ran-too-long':
            return `Ek command ${notice.seconds} second se zyada chal rahi thi (endless loop?), isliye sandbox ne use roka aur phir se start hua. ${kept}`;
          case 'ignored-interrupt':
            return `Ctrl+C ke baad bhi command nahi ruki, isliye sandbox phir se start hua. ${kept}`;
          case 'could-not-restart':
            return `Sandbox phir se start nahi ho paya (${notice.detail}). Page reload karo: tumhara saved kaam wapas aa jayega.`;
          case 'shell-did-not-start':
            return `Sandbox ka shell start nahi ho paya (exit status ${notice.status}).`;
          case 'shell-did-not-restart':
            return `Sandbox ka shell phir se start nahi ho paya: ${notice.detail}`;
          case 'output-dropped':
            return `Is command ne terminal ki limit (${notice.limit.toLocaleString('en')} characters) se zyada print kiya: baaki output dikhaya nahi jayega. Ctrl+C se ise rok sakte ho.`;
        }
      },
      notSaved: 'Tumhara browser is site ko data save nahi karne deta, isliye ye sandbox save nahi hoga: reload karte hi ye phir se shuru hoga. Apna kaam rakhna ho to "Project download karo" use karo.',
      storageFull: 'Tumhare browser mein is site ki storage bhar gayi hai, isliye tumhare latest changes save nahi hue: jab tak ye tab khula hai woh yahin hain, aur pehle save hua kaam safe hai. Unhe rakhna ho to "Project download karo" use karo.',
      reset: 'Lesson reset karo',
      confirmReset: 'Is lesson ka sandbox reset karna hai? Is lesson ki tumhari files, database aur command history delete ho jayegi, aur sab lesson ki starting files se dobara shuru hoga.',
      download: 'Project download karo',
      elsewhere: 'Ye lesson ek aur tab mein khula hai, aur wahi tab ise save karta hai. Yahan jo karoge woh save nahi hoga.',
      lost: 'Ye lesson ek aur tab mein khola gaya, ab wahi tab ise save karta hai. Yahan jo karoge woh ab save nahi hoga.',
      takeOver: 'Yahin kaam karo',
      damagedKept: 'Is lesson ki ek saved copy jo khul nahi payi thi, is browser mein rakhi hui hai.',
      downloadKept: 'Download karo',
      deleteKept: 'Delete karo',
      panes: 'Sandbox ke panes',
    },
  },
};
