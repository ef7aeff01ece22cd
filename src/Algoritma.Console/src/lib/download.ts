export function downloadBlob(fileName: string, blob: Blob): void {
  downloadUrl(fileName, URL.createObjectURL(blob));
}

export function downloadUrl(fileName: string, url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  if (url.startsWith('blob:')) setTimeout(() => URL.revokeObjectURL(url), 1000);
}
