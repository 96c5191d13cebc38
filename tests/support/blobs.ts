/**
 * Turns every Blob inside a value into its type and bytes, so that `toEqual` compares what a
 * voice note or photo holds (two Blobs otherwise always look equal to it).
 */
export async function withBlobBytes(value: unknown): Promise<unknown> {
	if (value instanceof Blob) {
		return { blobType: value.type, bytes: Array.from(new Uint8Array(await value.arrayBuffer())) };
	}
	if (Array.isArray(value)) return Promise.all(value.map(withBlobBytes));
	if (value && typeof value === 'object') {
		const entries = await Promise.all(
			Object.entries(value).map(async ([key, inner]) => [key, await withBlobBytes(inner)] as const)
		);
		return Object.fromEntries(entries);
	}
	return value;
}
