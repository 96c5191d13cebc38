import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { languageInfo } from '$lib/i18n/languages';
import ar from '$lib/i18n/locales/ar.json';
import ls from '$lib/i18n/locales/de-x-ls.json';
import en from '$lib/i18n/locales/en.json';
import tr from '$lib/i18n/locales/tr.json';
import uk from '$lib/i18n/locales/uk.json';
import { anOffer } from '../../../tests/fixtures/builders.js';
import type { Offer } from './offer';
import {
	priceSentences,
	sayTime,
	scheduleSentence,
	scheduleSentences,
	statusSentence,
	type Translate
} from './offer-words';

function translator(lng: string, translation: object): Translate {
	const instance = i18next.createInstance();
	// Like the app: texts go into the page as text, never as HTML, so nothing is escaped.
	instance.init({
		resources: { [lng]: { translation } },
		lng,
		initAsync: false,
		interpolation: { escapeValue: false }
	});
	return (key, options) =>
		(instance.t as unknown as (k: string, o?: Record<string, unknown>) => string)(key, options);
}

const t = translator('de-x-ls', ls);
const tEn = translator('en', en);

function offer(extra: Partial<Offer>): Offer {
	return anOffer({
		id: 'x',
		name: 'x',
		description: '',
		organization: { id: 'o', name: 'O' },
		languages: [],
		...extra
	});
}

const lunch = offer({
	schedules: [{ freq: 'WEEKLY', byday: 'WE', opens_at: '12:00', closes_at: '14:00' }],
	costs: [
		{ option: 'für Menschen mit wenig Geld oder kleiner Rente', amount: 3, currency: 'EUR' },
		{ option: 'für alle anderen', amount: 4, currency: 'EUR' }
	]
});

describe('times in words', () => {
	it('says full hours without minutes', () => {
		expect(sayTime('12:00', t)).toBe('12 Uhr');
		expect(sayTime('09:30', t)).toBe('9 Uhr 30');
	});

	it('says a weekly slot as one sentence', () => {
		expect(scheduleSentence(lunch.schedules[0]!, t, 'de')).toBe(
			'Jeden Mittwoch von 12 Uhr bis 14 Uhr.'
		);
	});

	it('joins several days with "und"', () => {
		const schedule = { freq: 'WEEKLY', byday: 'MO,WE,FR', opens_at: '10:00', closes_at: '12:30' };
		expect(scheduleSentence(schedule, t, 'de')).toBe(
			'Jeden Montag, Mittwoch und Freitag von 10 Uhr bis 12 Uhr 30.'
		);
	});

	it('says monthly rules: the 1st Saturday and the last Friday', () => {
		const first = { freq: 'MONTHLY', byday: '1SA', opens_at: '10:00', closes_at: '13:00' };
		const last = { freq: 'MONTHLY', byday: '-1FR', opens_at: '15:00', closes_at: '18:00' };
		expect(scheduleSentence(first, t, 'de')).toBe(
			'Jeden 1. Samstag im Monat von 10 Uhr bis 13 Uhr.'
		);
		expect(scheduleSentence(last, t, 'de')).toBe(
			'Jeden letzten Freitag im Monat von 15 Uhr bis 18 Uhr.'
		);
	});

	it('says a 24-hour offer plainly', () => {
		const always = {
			freq: 'WEEKLY',
			byday: 'MO,TU,WE,TH,FR,SA,SU',
			opens_at: '00:00',
			closes_at: '24:00'
		};
		expect(scheduleSentence(always, t, 'de')).toBe('Immer offen. Am Tag und in der Nacht.');
	});

	it('lists closures after openings', () => {
		const withHoliday = offer({
			schedules: [
				{ valid_from: '2026-12-21', valid_to: '2027-01-03', description: 'geschlossen' },
				{ freq: 'WEEKLY', byday: 'TU', opens_at: '14:00', closes_at: '16:00' }
			]
		});
		expect(scheduleSentences(withHoliday, t, 'de')).toEqual([
			'Jeden Dienstag von 14 Uhr bis 16 Uhr.',
			'Geschlossen vom 21. Dezember 2026 bis zum 3. Januar 2027.'
		]);
	});

	it('speaks English the same way', () => {
		expect(scheduleSentence(lunch.schedules[0]!, tEn, 'en')).toBe(
			'Every Wednesday from 12:00 to 14:00.'
		);
	});
});

describe('open now, in words', () => {
	it('says until when it is open', () => {
		// Wednesday 2026-11-25, 12:30 in Hamburg.
		expect(statusSentence(lunch, new Date('2026-11-25T11:30:00Z'), t)).toBe(
			'Jetzt offen bis 14 Uhr.'
		);
	});

	it('says when it opens again', () => {
		// Thursday 2026-11-26, 10:00 in Hamburg.
		expect(statusSentence(lunch, new Date('2026-11-26T09:00:00Z'), t)).toBe(
			'Jetzt geschlossen. Wieder offen: Mittwoch um 12 Uhr.'
		);
	});

	it('follows the clock: a list asking every minute sees the change when the offer closes', () => {
		const minutes = (from: string, count: number) =>
			Array.from({ length: count }, (_, i) => new Date(Date.parse(from) + i * 60_000));
		// Wednesday 2026-11-25 from 13:58 to 14:01 in Hamburg, then back to 13:00.
		const said = [...minutes('2026-11-25T12:58:00Z', 4), new Date('2026-11-25T12:00:00Z')].map(
			(now) => statusSentence(lunch, now, t)
		);
		expect(said).toEqual([
			'Jetzt offen bis 14 Uhr.',
			'Jetzt offen bis 14 Uhr.',
			'Jetzt geschlossen. Wieder offen: Mittwoch um 12 Uhr.',
			'Jetzt geschlossen. Wieder offen: Mittwoch um 12 Uhr.',
			'Jetzt offen bis 14 Uhr.'
		]);
	});

	it('says each language in its own words from the same status', () => {
		const now = new Date('2026-11-26T09:00:00Z');
		expect(statusSentence(lunch, now, t)).toBe(
			'Jetzt geschlossen. Wieder offen: Mittwoch um 12 Uhr.'
		);
		expect(statusSentence(lunch, now, tEn)).toMatch(/Wednesday/);
	});

	it('never says "geschlossen" without a schedule', () => {
		expect(statusSentence(offer({}), new Date('2026-11-26T09:00:00Z'), t)).toBe(
			'Bitte rufen Sie vorher an. Dann erfahren Sie die Zeiten.'
		);
	});
});

describe('prices in words', () => {
	it('names each price option', () => {
		expect(priceSentences(lunch, t, 'de')).toEqual([
			'für Menschen mit wenig Geld oder kleiner Rente: Das kostet 3 Euro.',
			'für alle anderen: Das kostet 4 Euro.'
		]);
	});

	it('writes cents the German way', () => {
		expect(priceSentences(offer({ costs: [{ amount: 2.5 }] }), t, 'de')).toEqual(['2,50 Euro']);
	});

	it('says free and unknown prices', () => {
		expect(priceSentences(offer({ terms: ['kostenlos'] }), t, 'de')).toEqual(['Kostenlos.']);
		expect(priceSentences(offer({}), t, 'de')).toEqual(['Bitte fragen Sie nach dem Preis.']);
	});
});

describe('Turkish, Arabic and Ukrainian', () => {
	const days = { freq: 'WEEKLY', byday: 'MO,WE,FR', opens_at: '10:00', closes_at: '12:00' };
	const holiday = { valid_from: '2026-12-21', valid_to: '2027-01-03', description: 'geschlossen' };
	const languages = [
		{ code: 'tr', messages: tr, and: ' ve ', december: 'Aralık', cents: '2,50' },
		{ code: 'ar', messages: ar, and: ' و', december: 'ديسمبر', cents: '2.50' },
		{ code: 'uk', messages: uk, and: ' і ', december: 'грудня', cents: '2,50' }
	] as const;

	describe.each(languages)('$code', ({ code, messages, and, december, cents }) => {
		const say = translator(code, messages);
		const locale = languageInfo[code].intlLocale;

		it('joins the days with the word of the language, never the German "und"', () => {
			const sentence = scheduleSentence(days, say, locale) ?? '';
			expect(sentence).toContain(and);
			expect(sentence).not.toContain(' und ');
			for (const day of ['MO', 'WE', 'FR'] as const)
				expect(sentence).toContain(messages.offers.days[day]);
		});

		it('writes the months of a closure in the language, with Western digits', () => {
			const sentence = scheduleSentence(holiday, say, locale) ?? '';
			expect(sentence).toContain(december);
			expect(sentence).toContain('21');
			expect(sentence).toContain('2027');
			expect(sentence).not.toMatch(/Dezember|Januar/);
			expect(sentence).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/u);
		});

		it('writes prices with the decimal mark of the language and Western digits', () => {
			const [price] = priceSentences(offer({ costs: [{ amount: 2.5 }] }), say, locale);
			expect(price).toContain(cents);
			expect(price).not.toContain('Euro');
		});
	});
});
