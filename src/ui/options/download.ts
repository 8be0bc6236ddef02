/** Saves a text (JSON unless `type` says otherwise) as a file through the page's own download link (no "downloads" permission needed). */
export function downloadJson(doc: Document, filename: string, json: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([json], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has started from the link; the object URL is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
