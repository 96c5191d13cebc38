import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	emptyWish,
	fieldText,
	hasWishContent,
	limitText,
	WishSchema,
	withFieldText,
	wishLimits
} from './model';
import { areaOf, lifeAreas, pictogramIds, pictogramsByArea } from './pictograms';

describe('wish text', () => {
	it('keeps text up to 2000 characters as it is', () => {
		const text = 'ä'.repeat(wishLimits.text);
		expect(limitText(text)).toEqual({ text, cut: false });
	});

	it('cuts longer text at 2000 characters and says so', () => {
		const result = limitText('x'.repeat(2_500));
		expect(result.cut).toBe(true);
		expect(result.text).toHaveLength(2_000);
	});

	it('never cuts an emoji in half', () => {
		const result = limitText('🏊'.repeat(2_001));
		expect([...result.text]).toHaveLength(2_000);
		expect(result.text.endsWith('🏊')).toBe(true);
	});

	it('removes invisible control characters', () => {
		expect(limitText('Schwimmen\u0007 gehen\n').text).toBe('Schwimmen gehen\n');
	});
});

describe('a wish', () => {
	it('needs words or a picture', () => {
		expect(hasWishContent({ text: '  ', pictogram: null })).toBe(false);
		expect(hasWishContent({ text: 'Schwimmen', pictogram: null })).toBe(true);
		expect(hasWishContent({ text: '', pictogram: 'bus' })).toBe(true);
	});

	it('reads and writes each field a helper can suggest for', () => {
		const wish = emptyWish();
		for (const field of ['text', 'self', 'others', 'firstStep'] as const) {
			const changed = withFieldText(wish, field, 'Neu');
			expect(fieldText(changed, field)).toBe('Neu');
		}
		expect(withFieldText(wish, 'self', 'x').answers.self.scale).toBeNull();
	});

	it('starts empty, by me, unconfirmed, at step 1', () => {
		const wish = {
			...emptyWish(),
			id: crypto.randomUUID(),
			createdAt: new Date().toISOString(),
			updatedAt: new Date().toISOString()
		};
		expect(v.safeParse(WishSchema, wish).success).toBe(true);
		expect(wish.author).toEqual({ kind: 'me' });
		expect(wish.confirmedByMe).toBe(false);
	});
});

describe('pictograms', () => {
	it('cover 8 life areas with at most 6 pictures each', () => {
		expect(lifeAreas).toHaveLength(8);
		for (const area of lifeAreas) expect(pictogramsByArea[area].length).toBeLessThanOrEqual(6);
	});

	it('have unique ids and know their area', () => {
		expect(new Set(pictogramIds).size).toBe(pictogramIds.length);
		expect(areaOf('bus')).toBe('mobility');
		expect(areaOf('doctor')).toBe('health');
	});
});
