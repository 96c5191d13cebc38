import { describe, expect, it } from 'vitest';
import { fitWithin, isImageFile, photoMaxSide } from './photo';

describe('photos', () => {
	it('accept picture files and refuse others', () => {
		expect(isImageFile({ type: 'image/jpeg' })).toBe(true);
		expect(isImageFile({ type: 'image/heic' })).toBe(true);
		expect(isImageFile({ type: 'text/plain' })).toBe(false);
		expect(isImageFile({ type: '' })).toBe(false);
		// An SVG can carry script; a photo never needs it.
		expect(isImageFile({ type: 'image/svg+xml' })).toBe(false);
	});

	it('are made smaller so the longest side fits, keeping the shape', () => {
		expect(fitWithin(4000, 3000)).toEqual({ width: photoMaxSide, height: 960 });
		expect(fitWithin(3000, 4000)).toEqual({ width: 960, height: photoMaxSide });
	});

	it('stay as they are when they are small already', () => {
		expect(fitWithin(640, 480)).toEqual({ width: 640, height: 480 });
		expect(fitWithin(0, 10)).toEqual({ width: 0, height: 0 });
	});
});
