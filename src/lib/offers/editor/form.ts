/**
 * The Quartier team's offer form: turns an offer into form rows and back, checks the input and
 * says which field is wrong. Weekly opening slots are edited as rows (weekdays, opens, closes);
 * every other schedule (monthly, closures, date ranges, notes) is kept unchanged.
 */
import * as v from 'valibot';
import {
	OfferSchema,
	offerTerms,
	type CostOption,
	type Offer,
	type OfferCategory,
	type OfferTerm
} from '../offer';
import { isEmailAddress, isPhoneNumber, isWebLink } from '../contact-checks';
import { describeSchedule, type Schedule, type Weekday } from '../opening-hours';
import { wallClockAt } from '../zoned-time';

/** The weekdays in the order the form shows them, Monday first. */
export const formWeekdays: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** One weekly opening slot as the form shows it; `base` is the schedule it came from. */
export interface SlotRow {
	key: string;
	days: Weekday[];
	opens: string;
	closes: string;
	base?: Schedule;
}

/** One price as the form shows it: a condition in words and an amount in euros. */
export interface PriceRow {
	key: string;
	option: string;
	amount: string;
	base?: CostOption;
}

/** Everything the form edits, as strings and lists the inputs bind to. */
export interface OfferForm {
	name: string;
	description: string;
	organization: string;
	category: OfferCategory | '';
	phone: string;
	email: string;
	url: string;
	/** Who it is for, in words (HSDS eligibility_description). */
	forWhom: string;
	/** Ages it is for, in years, as typed (HSDS minimum_age and maximum_age). */
	ageFrom: string;
	ageTo: string;
	street: string;
	postalCode: string;
	city: string;
	slots: SlotRow[];
	prices: PriceRow[];
	terms: OfferTerm[];
	languages: string;
	/** Schedules the rows cannot show; saved again unchanged. */
	keptSchedules: Schedule[];
}

/** One problem with the input: the id of the field to fix, an i18n key and its values. */
export interface FormError {
	field: string;
	key: string;
	values?: Record<string, string | number>;
}

export type FormResult = { ok: true; offer: Offer } | { ok: false; errors: FormError[] };

/** The ids of the form's fields, so error links and labels agree. */
export const fieldIds = {
	name: 'offer-name',
	description: 'offer-description',
	organization: 'offer-organization',
	category: 'offer-category',
	phone: 'offer-phone',
	email: 'offer-email',
	url: 'offer-url',
	forWhom: 'offer-for-whom',
	ageFrom: 'offer-age-from',
	ageTo: 'offer-age-to',
	street: 'offer-street',
	postalCode: 'offer-postal-code',
	city: 'offer-city',
	languages: 'offer-languages',
	slotDay: (key: string, day: Weekday) => `slot-${key}-day-${day}`,
	slotOpens: (key: string) => `slot-${key}-opens`,
	slotCloses: (key: string) => `slot-${key}-closes`,
	priceOption: (key: string) => `price-${key}-option`,
	priceAmount: (key: string) => `price-${key}-amount`
} as const;

let rowCounter = 0;

/** A fresh key for a new row, unique for the page's life. */
export function newRowKey(): string {
	rowCounter += 1;
	return `r${rowCounter}`;
}

/** An empty opening slot row. */
export function emptySlot(): SlotRow {
	return { key: newRowKey(), days: [], opens: '', closes: '' };
}

/** An empty price row. */
export function emptyPrice(): PriceRow {
	return { key: newRowKey(), option: '', amount: '' };
}

// A slot the rows can show without losing anything: every week, with times, no date range.
function slotOf(schedule: Schedule): SlotRow | null {
	const d = describeSchedule(schedule);
	if (d.kind !== 'weekly' || d.interval !== 1 || d.closed || d.allDay) return null;
	if (!d.opens || !d.closes || d.closes === '24:00') return null;
	if (d.validFrom || d.validTo || schedule.dtstart || schedule.until) return null;
	const days = formWeekdays.filter((day) => d.days.includes(day));
	return { key: newRowKey(), days, opens: d.opens, closes: d.closes, base: schedule };
}

/** Splits schedules into rows the form edits and schedules it keeps unchanged. */
export function slotsFromSchedules(schedules: readonly Schedule[]): {
	slots: SlotRow[];
	kept: Schedule[];
} {
	const slots: SlotRow[] = [];
	const kept: Schedule[] = [];
	for (const schedule of schedules) {
		const slot = slotOf(schedule);
		if (slot) slots.push(slot);
		else kept.push(schedule);
	}
	return { slots, kept };
}

/** Turns checked form rows into HSDS weekly schedules ('HH:MM' local times, days Monday first). */
export function schedulesFromSlots(slots: readonly SlotRow[]): Schedule[] {
	return slots.map((slot) => {
		// A new object every time: opening-hours keeps what it read per schedule object.
		const schedule: Schedule = {
			...slot.base,
			freq: 'WEEKLY',
			byday: formWeekdays.filter((day) => slot.days.includes(day)).join(','),
			opens_at: slot.opens,
			closes_at: slot.closes
		};
		delete schedule.interval;
		return schedule;
	});
}

function amountText(amount: number | null | undefined): string {
	return typeof amount === 'number' ? String(amount) : '';
}

/** The form for an existing offer. */
export function formFromOffer(offer: Offer): OfferForm {
	const { slots, kept } = slotsFromSchedules(offer.schedules);
	return {
		name: offer.name,
		description: offer.description,
		organization: offer.organization.name,
		category: offer.category,
		phone: offer.phone ?? '',
		email: offer.email ?? '',
		url: offer.url ?? '',
		forWhom: offer.forWhom ?? '',
		ageFrom: offer.ageFrom === undefined ? '' : String(offer.ageFrom),
		ageTo: offer.ageTo === undefined ? '' : String(offer.ageTo),
		street: offer.address?.street ?? '',
		postalCode: offer.address?.postalCode ?? '',
		city: offer.address?.city ?? '',
		slots,
		prices: offer.costs.map((cost) => ({
			key: newRowKey(),
			option: cost.option ?? cost.amountDescription ?? '',
			amount: amountText(cost.amount),
			base: cost
		})),
		terms: offerTerms.filter((term) => offer.terms.includes(term)),
		languages: offer.languages.join(', '),
		keptSchedules: kept
	};
}

/** The form for a new offer: empty, with one opening slot to fill in. */
export function emptyForm(): OfferForm {
	return {
		name: '',
		description: '',
		organization: '',
		category: '',
		phone: '',
		email: '',
		url: '',
		forWhom: '',
		ageFrom: '',
		ageTo: '',
		street: '',
		postalCode: '',
		city: '',
		slots: [emptySlot()],
		prices: [],
		terms: [],
		languages: 'de',
		keptSchedules: []
	};
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const LANGUAGE = /^[a-z]{2,3}$/;

/** Reads "de, en ar" into language codes, lower case, each once. */
export function parseLanguages(text: string): string[] {
	const codes = text
		.split(/[\s,;]+/)
		.map((code) => code.trim().toLowerCase())
		.filter(Boolean);
	return [...new Set(codes)];
}

// Amounts come from a number input ("3.5"); a typed comma ("3,50") is read too.
function parseAmount(text: string): number | null | undefined {
	const trimmed = text.trim().replace(',', '.');
	if (trimmed === '') return null;
	if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return undefined;
	const amount = Number(trimmed);
	return amount <= 100000 ? amount : undefined;
}

// Terms keep the order the offer had; newly chosen ones follow in the form's order.
function chosenTerms(chosen: readonly OfferTerm[], before: readonly OfferTerm[]): OfferTerm[] {
	const kept = before.filter((term) => chosen.includes(term));
	return [...kept, ...offerTerms.filter((term) => chosen.includes(term) && !kept.includes(term))];
}

// An age in whole years, 0 to 130: undefined when empty, null when it is no such age.
function readAge(text: string): number | undefined | null {
	const value = text.trim();
	if (value === '') return undefined;
	if (!/^\d{1,3}$/.test(value)) return null;
	const age = Number(value);
	return age <= 130 ? age : null;
}

const SCHEMA_FIELDS: Record<string, string> = {
	name: fieldIds.name,
	description: fieldIds.description,
	organization: fieldIds.organization,
	category: fieldIds.category,
	phone: fieldIds.phone,
	email: fieldIds.email,
	url: fieldIds.url,
	forWhom: fieldIds.forWhom,
	ageFrom: fieldIds.ageFrom,
	ageTo: fieldIds.ageTo,
	address: fieldIds.street,
	languages: fieldIds.languages
};

/**
 * Checks the form and builds the offer to save: `base` is the offer being edited (its other
 * fields stay as they are), or null for a new one (id and organization id are left empty for
 * the repository to fill in).
 */
export function offerFromForm(form: OfferForm, base: Offer | null): FormResult {
	const errors: FormError[] = [];
	const name = form.name.trim();
	const description = form.description.trim();
	const organization = form.organization.trim();
	const phone = form.phone.trim();
	if (!name) errors.push({ field: fieldIds.name, key: 'quartier.errors.nameMissing' });
	else if (name.length > 200)
		errors.push({ field: fieldIds.name, key: 'quartier.errors.tooLong', values: { max: 200 } });
	if (!description)
		errors.push({ field: fieldIds.description, key: 'quartier.errors.descriptionMissing' });
	else if (description.length > 3000)
		errors.push({
			field: fieldIds.description,
			key: 'quartier.errors.tooLong',
			values: { max: 3000 }
		});
	if (!organization)
		errors.push({ field: fieldIds.organization, key: 'quartier.errors.organizationMissing' });
	if (!form.category)
		errors.push({ field: fieldIds.category, key: 'quartier.errors.categoryMissing' });
	if (phone && !isPhoneNumber(phone))
		errors.push({ field: fieldIds.phone, key: 'quartier.errors.phoneInvalid' });
	const email = form.email.trim();
	if (email && !isEmailAddress(email))
		errors.push({ field: fieldIds.email, key: 'quartier.errors.emailInvalid' });
	const url = form.url.trim();
	if (url && !isWebLink(url))
		errors.push({ field: fieldIds.url, key: 'quartier.errors.urlInvalid' });
	const forWhom = form.forWhom.trim();
	if (forWhom.length > 500)
		errors.push({ field: fieldIds.forWhom, key: 'quartier.errors.tooLong', values: { max: 500 } });
	const ageFrom = readAge(form.ageFrom);
	const ageTo = readAge(form.ageTo);
	if (ageFrom === null) errors.push({ field: fieldIds.ageFrom, key: 'quartier.errors.ageInvalid' });
	if (ageTo === null) errors.push({ field: fieldIds.ageTo, key: 'quartier.errors.ageInvalid' });
	if (ageFrom != null && ageTo != null && ageFrom > ageTo)
		errors.push({ field: fieldIds.ageTo, key: 'quartier.errors.ageOrder' });

	const street = form.street.trim();
	const postalCode = form.postalCode.trim();
	const city = form.city.trim();
	const hasAddress = Boolean(street || postalCode || city);
	if (hasAddress) {
		if (!street) errors.push({ field: fieldIds.street, key: 'quartier.errors.streetMissing' });
		if (!/^\d{5}$/.test(postalCode))
			errors.push({ field: fieldIds.postalCode, key: 'quartier.errors.postalCodeInvalid' });
		if (!city) errors.push({ field: fieldIds.city, key: 'quartier.errors.cityMissing' });
	}

	form.slots.forEach((slot, index) => {
		const number = index + 1;
		if (slot.days.length === 0)
			errors.push({
				field: fieldIds.slotDay(slot.key, 'MO'),
				key: 'quartier.errors.slotDays',
				values: { number }
			});
		if (!TIME.test(slot.opens))
			errors.push({
				field: fieldIds.slotOpens(slot.key),
				key: 'quartier.errors.slotOpens',
				values: { number }
			});
		if (!TIME.test(slot.closes))
			errors.push({
				field: fieldIds.slotCloses(slot.key),
				key: 'quartier.errors.slotCloses',
				values: { number }
			});
		else if (slot.opens === slot.closes)
			errors.push({
				field: fieldIds.slotCloses(slot.key),
				key: 'quartier.errors.slotSame',
				values: { number }
			});
	});

	const costs: CostOption[] = [];
	form.prices.forEach((price, index) => {
		const option = price.option.trim();
		const amount = parseAmount(price.amount);
		if (amount === undefined) {
			errors.push({
				field: fieldIds.priceAmount(price.key),
				key: 'quartier.errors.priceAmount',
				values: { number: index + 1 }
			});
			return;
		}
		if (!option && amount === null) return;
		if (option.length > 300) {
			errors.push({
				field: fieldIds.priceOption(price.key),
				key: 'quartier.errors.tooLong',
				values: { max: 300 }
			});
			return;
		}
		// The text field shows the option, or the amount's description when there is no option.
		const textField =
			price.base?.option === undefined && price.base?.amountDescription !== undefined
				? 'amountDescription'
				: 'option';
		const cost: CostOption = { ...price.base, amount };
		if (option) cost[textField] = option;
		else delete cost[textField];
		if (amount !== null) cost.currency = price.base?.currency ?? 'EUR';
		else if (price.base?.amount === undefined) delete cost.amount;
		costs.push(cost);
	});

	const languages = parseLanguages(form.languages);
	const wrongLanguage = languages.find((code) => !LANGUAGE.test(code));
	if (wrongLanguage)
		errors.push({
			field: fieldIds.languages,
			key: 'quartier.errors.languageInvalid',
			values: { code: wrongLanguage }
		});

	if (errors.length > 0) return { ok: false, errors };

	const offer: Offer = {
		keywords: [],
		status: 'active',
		...base,
		id: base?.id ?? '',
		name,
		description,
		category: form.category as OfferCategory,
		organization: { id: base?.organization.id ?? '', name: organization },
		phone: phone || undefined,
		email: email || undefined,
		url: url || undefined,
		forWhom: forWhom || undefined,
		ageFrom: ageFrom ?? undefined,
		ageTo: ageTo ?? undefined,
		address: hasAddress ? { ...base?.address, street, postalCode, city } : undefined,
		schedules: [...schedulesFromSlots(form.slots), ...form.keptSchedules],
		costs,
		terms: chosenTerms(form.terms, base?.terms ?? []),
		languages
	};
	for (const key of ['phone', 'email', 'url', 'forWhom', 'ageFrom', 'ageTo'] as const)
		if (offer[key] === undefined) delete offer[key];
	if (!offer.address) delete offer.address;

	const checked = v.safeParse(OfferSchema, offer);
	if (!checked.success) {
		const fields = new Set(
			checked.issues.map((issue) => {
				const key = issue.path?.[0]?.key;
				return (typeof key === 'string' && SCHEMA_FIELDS[key]) || fieldIds.name;
			})
		);
		return {
			ok: false,
			errors: [...fields].map((field) => ({ field, key: 'quartier.errors.invalid' }))
		};
	}
	return { ok: true, offer: checked.output };
}

/** Today's date in the Quartier ('YYYY-MM-DD'). */
export function localDate(now: Date = new Date(), zone = 'Europe/Berlin'): string {
	const clock = wallClockAt(now, zone);
	const pad = (value: number, length = 2) => String(value).padStart(length, '0');
	return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}`;
}

/** Whether an offer was last checked more than 12 months before `today`, or never. */
export function isDueForCheck(offer: Pick<Offer, 'checkedOn'>, today: string): boolean {
	if (!offer.checkedOn || !/^\d{4}-\d{2}-\d{2}$/.test(offer.checkedOn)) return true;
	const cutoff = `${String(Number(today.slice(0, 4)) - 1).padStart(4, '0')}${today.slice(4)}`;
	return offer.checkedOn < cutoff;
}
