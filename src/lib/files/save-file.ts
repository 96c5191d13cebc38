/**
 * Saves a file on the person's device through the browser's download: the one place that makes
 * a temporary link to a Blob. The link is in the page only for the click (Firefox needs that),
 * and its address is given up once the download has surely started.
 */
export function saveFile(content: Blob | string, name: string, type = 'application/json'): void {
	const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Today's date as files are named: "2026-12-04". */
export function fileDate(now: Date = new Date()): string {
	return now.toISOString().slice(0, 10);
}
