import { describe, expect, it } from 'vitest';
import { aWish } from '../../../tests/fixtures/builders.js';
import { emptyWish } from './model';
import {
	firstWithoutOffer,
	pictureAnswer,
	withAnswer,
	withOffer,
	withPictureAnswer
} from './answers';

const offer = 'c0000000-0000-4000-8000-000000000001';

const wish = (id: string, offerIds: string[] = []) =>
	aWish({ id, answers: { quartier: { offerIds } } });

describe('changing answers', () => {
	it('changes one part of one answer and keeps the rest', () => {
		const answers = withAnswer(emptyWish().answers, 'self', { text: 'Allein' });
		const next = withAnswer(answers, 'self', { scale: 'someHelp' });
		expect(next.self).toEqual({ scale: 'someHelp', text: 'Allein' });
		expect(next.network).toEqual(emptyWish().answers.network);
	});

	it('adds an offer to the Quartier question only once', () => {
		const once = withOffer(emptyWish().answers, offer);
		expect(once.quartier.offerIds).toEqual([offer]);
		expect(withOffer(once, offer)).toBe(once);
	});

	it('offers first the wish that does not have the offer yet', () => {
		const wishes = [wish('a', [offer]), wish('b'), wish('c')];
		expect(firstWithoutOffer(wishes, offer)).toBe('b');
		expect(firstWithoutOffer([wish('a', [offer])], offer)).toBeNull();
	});
});

describe('answering with pictures', () => {
	it('starts with nothing chosen and keeps the other questions when one changes', () => {
		expect(pictureAnswer(undefined, 'network')).toEqual({ pictures: [], feeling: null });
		const first = withPictureAnswer(undefined, 'network', { pictures: ['neighbours'] });
		const next = withPictureAnswer(first, 'others', { feeling: 'good' });
		const last = withPictureAnswer(next, 'network', { feeling: 'soSo' });
		expect(last).toEqual({
			network: { pictures: ['neighbours'], feeling: 'soSo' },
			others: { pictures: [], feeling: 'good' }
		});
	});
});
