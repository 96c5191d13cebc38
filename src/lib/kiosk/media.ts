// Microphone and camera streams that are open right now, so the end of a visit can release
// them even when the part of the page that opened them never got to clean up.
const open = new Set<MediaStream>();

/** Remembers a stream from getUserMedia until its tracks end. */
export function trackMedia(stream: MediaStream): MediaStream {
	open.add(stream);
	return stream;
}

/** Stops one stream's tracks and forgets it. */
export function releaseMedia(stream: MediaStream): void {
	for (const track of stream.getTracks()) track.stop();
	open.delete(stream);
}

/** Stops every open microphone and camera track. */
export function releaseAllMedia(): void {
	for (const stream of [...open]) releaseMedia(stream);
}

/** How many streams are open; for tests. */
export function openMediaCount(): number {
	return open.size;
}
