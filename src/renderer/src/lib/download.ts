/** Saves a blob as a file through the browser's (or Electron's) download: no file-system access needed. */
export function saveBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const downloadText = (filename: string, text: string, type = 'text/plain;charset=utf-8'): void =>
  saveBlob(filename, new Blob([text], { type }));
