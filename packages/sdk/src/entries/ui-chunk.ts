// The first-visit chunk of the script tag (`privacy-choices-ui.js`): the first layer in plain DOM,
// loaded only when something must be shown, and the zod-free config check, which only a config
// that no stored choice vouches for needs (a first visit: the UI is needed then anyway). The
// dialogs are a chunk of their own (entries/dialogs-chunk.ts), loaded through the main script's
// file loader when one is opened; the loader is kept here so the main file stays small.
import type { UIController } from '../page/ui-seam';
import { mountUI, registerLocale, type DialogsLoader } from '../ui/index';
import { checkConfig } from './config-check-chunk';
import { chunkError, type ChunkWindow, type FileLoader, type UIChunk } from './script-loader';

const dialogsLoader =
  (load: FileLoader): DialogsLoader =>
  (done, fail) =>
    load(
      'privacy-choices-dialogs.js',
      () => {
        const dialogs = (window as ChunkWindow).__privacyChoicesDialogs;
        if (dialogs) done(dialogs);
        else fail(chunkError('dialogs'));
      },
      fail,
    );

function withLoader(load: FileLoader): UIChunk {
  const loadDialogs = dialogsLoader(load);
  return { mountUI: (controller: UIController) => mountUI(controller, loadDialogs), checkConfig };
}

(window as ChunkWindow).__privacyChoicesUI = { withLoader, registerLocale };
