/** Hands a text to the browser as a file download: a Blob and an <a download>, the same in Electron and browser mode. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it started; the address is let go a moment later.
  setTimeout(() => { URL.revokeObjectURL(url); }, 10_000);
}
