/** The longest side of a saved photo, in pixels: enough to recognise, small enough to keep. */
export const photoMaxSide = 1280;

/** Whether a chosen file says it is a picture (its content is checked when it is decoded). */
export function isImageFile(file: Pick<File, 'type'>): boolean {
	return /^image\/[a-z0-9.+-]+$/i.test(file.type) && file.type !== 'image/svg+xml';
}

/** The size to draw a picture at so that its longest side fits; small pictures stay as they are. */
export function fitWithin(
	width: number,
	height: number,
	max: number = photoMaxSide
): { width: number; height: number } {
	if (width <= 0 || height <= 0) return { width: 0, height: 0 };
	const scale = Math.min(1, max / Math.max(width, height));
	return {
		width: Math.max(1, Math.round(width * scale)),
		height: Math.max(1, Math.round(height * scale))
	};
}

/** A problem with a chosen photo, in the terms the person is told. */
export class PhotoProblem extends Error {
	constructor(readonly kind: 'notImage' | 'failed') {
		super(`photo problem: ${kind}`);
		this.name = 'PhotoProblem';
	}
}

/**
 * Decodes a picture and draws it smaller on a canvas, its longest side at most `maxSide`;
 * returns a JPEG. Browser only.
 */
export async function scalePhoto(file: File, maxSide: number = photoMaxSide): Promise<Blob> {
	if (!isImageFile(file)) throw new PhotoProblem('notImage');
	let bitmap: ImageBitmap;
	try {
		bitmap = await createImageBitmap(file);
	} catch {
		// The file says "image" but is not one, or is broken.
		throw new PhotoProblem('notImage');
	}
	const size = fitWithin(bitmap.width, bitmap.height, maxSide);
	const canvas = document.createElement('canvas');
	canvas.width = size.width;
	canvas.height = size.height;
	const context = canvas.getContext('2d');
	if (!context) throw new PhotoProblem('failed');
	context.drawImage(bitmap, 0, 0, size.width, size.height);
	bitmap.close();
	const blob = await new Promise<Blob | null>((resolve) =>
		canvas.toBlob(resolve, 'image/jpeg', 0.85)
	);
	if (!blob) throw new PhotoProblem('failed');
	return blob;
}
