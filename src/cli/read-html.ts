import { Window } from 'happy-dom';
import type { ReadableText } from '../core/import/import-source';
import { readableText } from '../shared/readable-text';

/**
 * happy-dom window settings under which a page runs no script and loads nothing: no script,
 * style, image or frame, no navigation, and every request the page would still make (a
 * `<link rel="preload" as="fetch">`) answered on the spot, without the network.
 */
export const OFFLINE_WINDOW = {
  // Relative addresses in the page resolve against a name that can never be looked up.
  url: 'https://page.invalid/',
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
    disableComputedStyleRendering: true,
    handleDisabledFileLoadingAsSuccess: true,
    navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
    fetch: {
      interceptor: {
        beforeAsyncRequest: async ({ window }) => new window.Response(null, { status: 204 }),
      },
    },
  },
} satisfies ConstructorParameters<typeof Window>[0];

/**
 * Reads an HTML page's article in Node, in a happy-dom window that runs no script and loads
 * nothing (no network at all); the window is closed once the text is out.
 */
export function readHtmlInNode(html: string): ReadableText {
  const window = new Window(OFFLINE_WINDOW);
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return readableText(doc);
  } finally {
    void window.happyDOM.close();
  }
}
