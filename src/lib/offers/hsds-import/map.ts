/**
 * The map stage of the HSDS import: one service record becomes one nahbei `Offer`, or a reason
 * why it cannot. A broken part (a schedule with the time 25:00, a price below zero, a
 * `javascript:` link) is left out with a note; texts stay plain text.
 *
 * How HSDS becomes an `Offer`:
 * - category: the term code of an attribute from taxonomy `nahbei-category`, or the value of an
 *   attribute whose term code is `nahbei-category`.
 * - terms: term codes from taxonomy `nahbei` that are `offerTerms`; the language `gsg` (German
 *   Sign Language) adds `gebaerdensprache`. The code `eine-nummer` sets `isContactPoint`, the code
 *   `zeiten-hinweis` carries `scheduleNote` in its value.
 * - keywords: the names of terms from taxonomy `nahbei-keyword`, and of terms from any taxonomy
 *   that is not ours (other classifications help people find the offer).
 * - schedules: see schedules.ts.
 * - Access terms come from attributes only; the free text of HSDS `accessibility` is not read.
 * - costs from `cost_options` (else `fees_description` as one option in words); address, district
 *   (`region`), coordinates and transport from the first location; phone, e-mail and link from the
 *   service, else its location or organization; `checkedOn` from `assured_date`, else the Berlin
 *   date of `last_modified`.
 */
import * as v from 'valibot';
import { categoryForWords, FALLBACK_CATEGORY } from '../category-mapping';
import {
	CATEGORY_CODE,
	CATEGORY_TAXONOMY,
	CONTACT_POINT_CODE,
	HsdsAccessibilitySchema,
	HsdsAddressSchema,
	HsdsAttributeSchema,
	HsdsCostOptionSchema,
	HsdsLanguageSchema,
	HsdsPhoneSchema,
	HsdsScheduleSchema,
	KEYWORD_TAXONOMY,
	NAHBEI_TAXONOMY,
	SCHEDULE_NOTE_CODE,
	SIGN_LANGUAGE_CODE,
	type HsdsAttribute
} from '../hsds';
import {
	OfferSchema,
	offerCategories,
	offerTerms,
	type CategoryRule,
	type CostOption,
	type Offer,
	type OfferCategory,
	type OfferTerm
} from '../offer';
import { wallClockAt, type LocalDate } from '../zoned-time';
import {
	blank,
	checkEmail,
	checkerFor,
	checkPhones,
	checkUrl,
	fitting,
	formatDate,
	isDate,
	isPlainObject,
	issueText,
	LinkShell,
	LocationShell,
	OFFER_LIMITS,
	OrganizationShell,
	present,
	quote,
	ServiceShell,
	type Checker
} from './check';
import type { ImportRejection } from './plan';
import { readSchedules } from './schedules';

/** Where and when the offers are: the Quartier's time zone and the day for foreign offsets. */
export interface MapContext {
	zone: string;
	referenceDate: LocalDate;
	/** The Quartier team's own lines from words to categories (category-mapping.ts). */
	rules?: readonly CategoryRule[];
}

/** An offer, the notes of what was left out or fixed on the way, and the record it came from. */
export interface MappedOffer {
	offer: Offer;
	notes: string[];
	/** The service record as read, kept whole so an export can give back what nahbei does not show. */
	source: Record<string, unknown>;
}

function hintOf(record: unknown): { id?: string; name?: string } {
	if (!isPlainObject(record)) return {};
	const hint: { id?: string; name?: string } = {};
	if (typeof record.id === 'string') hint.id = quote(record.id);
	if (typeof record.name === 'string') hint.name = quote(record.name);
	return hint;
}

function reject(record: unknown, reason: string): ImportRejection {
	return { ...hintOf(record), reason };
}

/** Maps one HSDS service record to an offer with notes of what was fixed, or says why not. */
export function mapService(record: unknown, context: MapContext): MappedOffer | ImportRejection {
	if (!isPlainObject(record))
		return { reason: 'Der Eintrag ist kein Angebot (kein Objekt) – weggelassen.' };
	const shell = v.safeParse(ServiceShell, record);
	if (!shell.success) return reject(record, `Angebot weggelassen: ${issueText(shell.issues)}`);
	const service = shell.output;
	const id = service.id.trim();
	const name = service.name.trim();
	if (id === '') return reject(record, 'Angebot weggelassen: Die Kennung („id“) ist leer.');
	if (name === '') return reject(record, 'Angebot weggelassen: Der Name („name“) ist leer.');
	if (service.status === 'defunct') {
		return reject(
			record,
			'Angebot weggelassen: Es gibt das Angebot nicht mehr (Status „defunct“).'
		);
	}

	const notes: string[] = [];
	const check = checkerFor(notes);
	const organization = check.one(service.organization, OrganizationShell, 'Träger');
	const links = check.items(service.service_at_locations, LinkShell, 'Ort');
	if (links.length > 1) {
		notes.push(`Das Angebot hat ${links.length} Orte. Nur der erste Ort wurde übernommen.`);
	}
	const link = links[0];
	const location = check.one(link?.location, LocationShell, 'Ort');

	const attributes = [
		...check.items(service.attributes, HsdsAttributeSchema, 'Merkmal'),
		...check.items(link?.attributes, HsdsAttributeSchema, 'Merkmal'),
		...check.items(location?.attributes, HsdsAttributeSchema, 'Merkmal')
	];
	const vocabulary = readAttributes(attributes, check);
	const category = vocabulary.category ?? mapCategory(vocabulary, name, context, check);
	const access = readAccessibility(
		check.items(location?.accessibility, HsdsAccessibilitySchema, 'Barriere-Freiheit')
	);
	for (const term of access) if (!vocabulary.terms.includes(term)) vocabulary.terms.push(term);

	const languages = readLanguages(
		[
			...check.items(service.languages, HsdsLanguageSchema, 'Sprache'),
			...check.items(location?.languages, HsdsLanguageSchema, 'Sprache')
		],
		check
	);
	const terms = [...vocabulary.terms];
	if (languages.includes(SIGN_LANGUAGE_CODE) && !terms.includes('gebaerdensprache')) {
		terms.push('gebaerdensprache');
	}

	const offer: Offer = {
		id,
		name,
		description: service.description?.trim() ?? '',
		category,
		keywords: vocabulary.keywords,
		organization: readOrganization(organization, service.organization_id, id, name, check),
		schedules: readSchedules(
			[
				...check.items(service.schedules, HsdsScheduleSchema, 'Zeitplan'),
				...check.items(link?.schedules, HsdsScheduleSchema, 'Zeitplan'),
				...check.items(location?.schedules, HsdsScheduleSchema, 'Zeitplan')
			],
			context,
			check
		),
		costs: readCosts(service.cost_options, service.fees_description, check),
		terms,
		languages,
		status: service.status === 'active' || !service.status ? 'active' : 'inactive'
	};
	if (blank(service.description)) check.note('Die Beschreibung fehlt. Bitte ergänzen Sie sie.');
	if (!service.status) check.note('Der Status fehlt. Das Angebot wurde als aktiv übernommen.');

	const forWhom = fitting(
		present(service.eligibility_description),
		OFFER_LIMITS.forWhom,
		'Für wen',
		check
	);
	if (forWhom) offer.forWhom = forWhom;
	readAges(offer, service.minimum_age, service.maximum_age, check);

	const phones = [
		...check.items(service.phones, HsdsPhoneSchema, 'Telefon-Nummer'),
		...check.items(link?.phones, HsdsPhoneSchema, 'Telefon-Nummer'),
		...check.items(location?.phones, HsdsPhoneSchema, 'Telefon-Nummer'),
		...check.items(organization?.phones, HsdsPhoneSchema, 'Telefon-Nummer')
	];
	const phone = checkPhones(
		phones.map((entry) => present(entry.number)),
		check
	);
	if (phone) offer.phone = phone;

	const email = checkEmail(present(service.email) ?? present(organization?.email), check);
	if (email) offer.email = email;
	const url = checkUrl(present(service.url) ?? present(organization?.website), check);
	if (url) offer.url = url;

	if (location) readPlace(offer, location, check);
	const transport = fitting(
		present(location?.transportation),
		OFFER_LIMITS.transport,
		'Der Weg dorthin',
		check
	);
	if (transport) offer.transport = transport;

	const scheduleNote = fitting(
		vocabulary.scheduleNote,
		OFFER_LIMITS.scheduleNote,
		'Der Hinweis zu den Zeiten',
		check
	);
	if (scheduleNote) offer.scheduleNote = scheduleNote;
	if (vocabulary.isContactPoint) offer.isContactPoint = true;

	const checkedOn = readCheckedOn(service.assured_date, service.last_modified, context, check);
	if (checkedOn) offer.checkedOn = checkedOn;

	const checked = v.safeParse(OfferSchema, offer);
	if (!checked.success) return reject(record, `Angebot weggelassen: ${issueText(checked.issues)}`);
	return { offer: checked.output, notes, source: plainCopy(record) };
}

// A plain copy: rows of a data package have no prototype and may be shared by several services.
function plainCopy(record: Record<string, unknown>): Record<string, unknown> {
	return JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
}

// A file without our category taxonomy: its terms and keywords, then the words of the name,
// go through the table; what matches nothing goes to "Sonstiges".
function mapCategory(
	vocabulary: Vocabulary,
	name: string,
	context: MapContext,
	check: Checker
): OfferCategory {
	const words = [...vocabulary.words, ...vocabulary.keywords, name];
	const found = categoryForWords(words, context.rules);
	if (vocabulary.unknownCategory) {
		check.note(
			`Der Bereich „${quote(vocabulary.unknownCategory)}“ ist unbekannt. Das Angebot steht jetzt unter „${found ?? FALLBACK_CATEGORY}“.`
		);
	} else if (!found) {
		check.note(
			'Kein Bereich passt. Das Angebot steht jetzt unter „Sonstiges“. Sie können den Bereich ändern.'
		);
	}
	return found ?? FALLBACK_CATEGORY;
}

const ACCESS_WORDS: [RegExp, OfferTerm][] = [
	[/rollstuhl|wheelchair|barrierefrei|stufenlos|step[- ]free/i, 'rollstuhl'],
	[/hörschleife|hoerschleife|induktionsschleife|hearing loop|induction loop/i, 'hoerschleife'],
	[/leichte[rn]? sprache|easy read/i, 'leichte-sprache'],
	[/gebärdensprache|gebärden-sprache|sign language/i, 'gebaerdensprache']
];

// HSDS says access arrangements in words; the words we know become our access terms.
function readAccessibility(entries: v.InferOutput<typeof HsdsAccessibilitySchema>[]): OfferTerm[] {
	const terms: OfferTerm[] = [];
	for (const entry of entries) {
		const words = [entry.description, entry.details].filter(Boolean).join(' ');
		for (const [pattern, term] of ACCESS_WORDS)
			if (pattern.test(words) && !terms.includes(term)) terms.push(term);
	}
	return terms;
}

function readAges(
	offer: Offer,
	minimum: number | null | undefined,
	maximum: number | null | undefined,
	check: Checker
): void {
	const valid = (age: number | null | undefined): age is number =>
		typeof age === 'number' && Number.isInteger(age) && age >= 0 && age <= 130;
	for (const age of [minimum, maximum]) {
		if (age !== undefined && age !== null && !valid(age))
			check.note(`Das Alter ${age} ist ungültig – weggelassen.`);
	}
	const from = valid(minimum) ? minimum : undefined;
	const to = valid(maximum) ? maximum : undefined;
	if (from !== undefined && to !== undefined && from > to) {
		check.note(`Das Alter „von ${from} bis ${to}“ passt nicht zusammen – weggelassen.`);
		return;
	}
	if (from !== undefined) offer.ageFrom = from;
	if (to !== undefined) offer.ageTo = to;
}

interface Vocabulary {
	category?: OfferCategory;
	/** Codes and names of terms from other taxonomies, for the table from words to categories. */
	words: string[];
	unknownCategory?: string;
	terms: OfferTerm[];
	keywords: string[];
	isContactPoint: boolean;
	scheduleNote?: string;
}

function isCategory(value: string): value is OfferCategory {
	return (offerCategories as readonly string[]).includes(value);
}

function isTerm(value: string): value is OfferTerm {
	return (offerTerms as readonly string[]).includes(value);
}

function readAttributes(attributes: HsdsAttribute[], check: Checker): Vocabulary {
	const vocabulary: Vocabulary = { words: [], terms: [], keywords: [], isContactPoint: false };
	const categories: string[] = [];
	const addKeyword = (word: string | undefined) => {
		if (word === undefined || vocabulary.keywords.includes(word)) return;
		if (word.length > OFFER_LIMITS.keyword) {
			check.note(`Das Stichwort „${quote(word)}“ ist zu lang – weggelassen.`);
			return;
		}
		vocabulary.keywords.push(word);
	};
	for (const attribute of attributes) {
		const term = attribute.taxonomy_term;
		const code = present(term?.code) ?? present(term?.name);
		const taxonomy = present(term?.taxonomy);
		if (code === CATEGORY_CODE) {
			const value = present(attribute.value);
			if (value) categories.push(value);
		} else if (taxonomy === CATEGORY_TAXONOMY) {
			if (code) categories.push(code);
		} else if (taxonomy === NAHBEI_TAXONOMY) {
			if (code === undefined) continue;
			if (isTerm(code)) {
				if (!vocabulary.terms.includes(code)) vocabulary.terms.push(code);
			} else if (code === CONTACT_POINT_CODE) vocabulary.isContactPoint = true;
			else if (code === SCHEDULE_NOTE_CODE) vocabulary.scheduleNote = present(attribute.value);
			else check.note(`Das Merkmal „${quote(code)}“ ist unbekannt – weggelassen.`);
		} else if (taxonomy === KEYWORD_TAXONOMY) {
			addKeyword(present(term?.name) ?? code);
		} else if (term) {
			for (const word of [present(term.code), present(term.name)])
				if (word) vocabulary.words.push(word);
			addKeyword(present(term.name));
		} else if (!blank(attribute.taxonomy_term_id)) {
			check.note(
				`Ein Merkmal nennt einen unbekannten Begriff („${quote(attribute.taxonomy_term_id)}“) – weggelassen.`
			);
		}
	}
	const known = [...new Set(categories.filter(isCategory))];
	vocabulary.category = known[0];
	if (!vocabulary.category) vocabulary.unknownCategory = categories[0];
	else if (known.length > 1) {
		check.note(`Das Angebot nennt mehrere Bereiche. Übernommen wurde „${known[0]}“.`);
	}
	return vocabulary;
}

const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/;

function readLanguages(
	languages: v.InferOutput<typeof HsdsLanguageSchema>[],
	check: Checker
): string[] {
	const codes: string[] = [];
	for (const language of languages) {
		const code = present(language.code)?.toLowerCase();
		if (code === undefined) {
			check.note(
				`Die Sprache „${quote(language.name ?? '')}“ hat keinen Sprach-Code – weggelassen.`
			);
		} else if (!LANGUAGE_CODE.test(code) || code.length > OFFER_LIMITS.language) {
			check.note(`Der Sprach-Code „${quote(code)}“ ist ungültig – weggelassen.`);
		} else if (!codes.includes(code)) codes.push(code);
	}
	return codes;
}

function readOrganization(
	organization: v.InferOutput<typeof OrganizationShell> | undefined,
	organizationId: string | null | undefined,
	serviceId: string,
	serviceName: string,
	check: Checker
): Offer['organization'] {
	const id = present(organization?.id) ?? present(organizationId);
	const name = present(organization?.name);
	if (id && name && id.length <= OFFER_LIMITS.orgId && name.length <= OFFER_LIMITS.orgName) {
		return { id, name };
	}
	check.note(
		'Der Träger fehlt oder ist unvollständig. Als Träger steht jetzt der Name des Angebots.'
	);
	return {
		id: id && id.length <= OFFER_LIMITS.orgId ? id : serviceId,
		name: serviceName.slice(0, OFFER_LIMITS.orgName)
	};
}

function readPlace(
	offer: Offer,
	location: v.InferOutput<typeof LocationShell>,
	check: Checker
): void {
	const addresses = check.items(location.addresses, HsdsAddressSchema, 'Adresse');
	const address =
		addresses.find((entry) => entry.address_type === 'physical' || !entry.address_type) ??
		addresses[0];
	if (address) {
		const street = [present(address.address_1), present(address.address_2)]
			.filter(Boolean)
			.join(', ');
		const postalCode = present(address.postal_code);
		const city = present(address.city);
		const district = present(address.region);
		if (!street || !postalCode || !city) {
			check.note(
				'Die Adresse ist unvollständig (Straße, Post-Leitzahl oder Ort fehlt) – weggelassen.'
			);
		} else if (
			street.length > OFFER_LIMITS.street ||
			postalCode.length > OFFER_LIMITS.postalCode ||
			city.length > OFFER_LIMITS.city ||
			(district?.length ?? 0) > OFFER_LIMITS.district
		) {
			check.note('Die Adresse ist zu lang – weggelassen.');
		} else {
			offer.address = district
				? { street, postalCode, city, district }
				: { street, postalCode, city };
		}
	}
	const { latitude, longitude } = location;
	const hasLatitude = latitude !== undefined && latitude !== null;
	const hasLongitude = longitude !== undefined && longitude !== null;
	if (!hasLatitude && !hasLongitude) return;
	if (hasLatitude && hasLongitude && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
		offer.latitude = latitude;
		offer.longitude = longitude;
		return;
	}
	check.note('Die Koordinaten sind unvollständig oder ungültig – weggelassen.');
}

function readCosts(
	list: unknown,
	feesDescription: string | null | undefined,
	check: Checker
): CostOption[] {
	const options = check.items(list, HsdsCostOptionSchema, 'Preis');
	const costs: CostOption[] = [];
	for (const option of options) {
		const cost: CostOption = {};
		const words = present(option.option);
		const amountWords = present(option.amount_description);
		if (
			(words?.length ?? 0) > OFFER_LIMITS.costText ||
			(amountWords?.length ?? 0) > OFFER_LIMITS.costText
		) {
			check.note('Ein Preis hat einen zu langen Text – Preis weggelassen.');
			continue;
		}
		if (option.amount !== undefined && option.amount !== null) {
			if (option.amount < 0 || option.amount > 100_000) {
				check.note(`Der Preis ${option.amount} ist ungültig – Preis weggelassen.`);
				continue;
			}
			cost.amount = option.amount;
		}
		const currency = present(option.currency)?.toUpperCase();
		if (currency !== undefined) {
			if (/^[A-Z]{3}$/.test(currency)) cost.currency = currency;
			else
				check.note(
					`Die Währung „${quote(currency)}“ ist kein Währungs-Code – Währung weggelassen.`
				);
		}
		if (words) cost.option = words;
		if (amountWords) cost.amountDescription = amountWords;
		costs.push(cost);
	}
	const fees = present(feesDescription);
	if (costs.length === 0 && options.length === 0 && fees) {
		if (fees.length <= OFFER_LIMITS.costText) costs.push({ option: fees });
		else check.note('Die Beschreibung der Kosten ist zu lang – weggelassen.');
	}
	return costs;
}

function readCheckedOn(
	assured: string | null | undefined,
	lastModified: string | null | undefined,
	context: MapContext,
	check: Checker
): string | undefined {
	const date = present(assured);
	if (date !== undefined) {
		if (isDate(date.slice(0, 10))) return date.slice(0, 10);
		check.note(`Das Prüf-Datum „${quote(date)}“ ist ungültig – weggelassen.`);
	}
	const modified = present(lastModified);
	if (modified === undefined) return undefined;
	// A date-time with a zone names an instant; its date in the Quartier is what people mean.
	const hasZone = /[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(modified);
	const instant = hasZone ? new Date(modified) : null;
	if (instant && !Number.isNaN(instant.getTime()))
		return formatDate(wallClockAt(instant, context.zone));
	// Without a zone, the written date is the date.
	if (!hasZone && isDate(modified.slice(0, 10))) return modified.slice(0, 10);
	check.note(`Das Änderungs-Datum „${quote(modified)}“ ist ungültig – weggelassen.`);
	return undefined;
}
