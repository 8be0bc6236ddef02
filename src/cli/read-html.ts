import { Window } from 'happy-dom';
import type { ReadableText } from '../core/import-source';
import { readableText } from '../shared/readable-text';

/**
 * Reads an HTML page's article in Node, in a happy-dom window that runs no script and loads
 * nothing (no network at all); the window is closed once the text is out.
 */
export function readHtmlInNode(html: string): ReadableText {
  const window = new Window({ settings: { disableJavaScriptFileLoading: true, navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true } } });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return readableText(doc);
  } finally {
    void window.happyDOM.close();
  }
}
