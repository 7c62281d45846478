/**
 * Saves a file through a temporary link: a download, not a navigation, so the CSP allows it, the
 * same in Electron and browser mode. Every download of the app (member cards, CSV, .ics) goes here.
 */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken its copy once the click is handled; a minute is generous.
  setTimeout(() => { URL.revokeObjectURL(url); }, 60_000);
}
