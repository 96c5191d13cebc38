import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import type { Area, Closeness, Kind } from '$lib/network/basics';
import { oneAnswerOptions, setAnswer } from './choices';

// The texts checked here are not all on the start page.
beforeAll(() => i18n.loadAll());

describe('oneAnswerOptions', () => {
	it('gives each choice its word and picture, and the hints only when asked', () => {
		const areas = oneAnswerOptions('area');
		expect(areas.map((option) => option.label)).toEqual([
			'Familie',
			'Freunde und Nachbarn',
			'Quartier',
			'Profis'
		]);
		expect(areas.every((option) => option.icon && option.hint === undefined)).toBe(true);
		expect(oneAnswerOptions('area', { hints: true }).every((option) => option.hint)).toBe(true);
	});
});

describe('setAnswer', () => {
	it('takes a choice of the question and leaves anything else alone', () => {
		const form: { kind: Kind; area: Area; closeness: Closeness } = {
			kind: 'person',
			area: 'family',
			closeness: 2
		};
		setAnswer(form, 'closeness', 0);
		setAnswer(form, 'area', 'quartier');
		setAnswer(form, 'kind', 'quartier');
		expect(form).toEqual({ kind: 'person', area: 'quartier', closeness: 0 });
	});
});
