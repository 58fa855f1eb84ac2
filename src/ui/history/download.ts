// Saves text as a file through a temporary link: no downloads permission needed.
export function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function stamp(time: number): string {
  return new Date(time).toISOString().slice(0, 16).replace(/[:T]/g, '-');
}
