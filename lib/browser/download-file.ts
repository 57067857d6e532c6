/** Hands the browser a file to save, made in the page (a zip, a JSON export). */
export function downloadFile(content: BlobPart, name: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([content], { type }));
  link.download = name;
  link.click();
  // The download has started from the URL by the next turn; a later revoke is only for slow browsers.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
