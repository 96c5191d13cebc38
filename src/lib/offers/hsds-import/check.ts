/**
 * The check stage of the HSDS import: the limits an input must keep, the checks of single fields,
 * and the plain German messages the Quartier team reads when something is refused, fixed or left
 * out. The other stages call these checks; nothing here reads or maps a whole file.
 */
import * as v from 'valibot';
import {
	HsdsLocationSchema,
	HsdsOrganizationSchema,
	HsdsServiceAtLocationSchema,
	HsdsServiceSchema,
	LIMITS
} from '../hsds';
import { isEmailAddress, isPhoneNumber, isWebLink, unquotedPhone } from '../contact-checks';
import type { LocalDate } from '../zoned-time';

/** Largest input we read, in bytes of UTF-8 text. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
/** Most services in one input. */
export const MAX_RECORDS = 20_000;
/** Deepest nesting of JSON we read. */
export const MAX_DEPTH = 64;
/** Most rows of one data package table: they hold many rows per service (schedules, attributes). */
export const MAX_TABLE_ROWS = 200_000;

/** The offer fields that have tighter limits than HSDS gives them (see offer.ts). */
export const OFFER_LIMITS = {
	name: 200,
	description: 3000,
	forWhom: 500,
	phone: 40,
	email: 200,
	url: 500,
	street: 200,
	postalCode: 20,
	city: 100,
	district: 100,
	transport: 500,
	scheduleNote: 500,
	costText: 300,
	keyword: 80,
	language: 10,
	orgId: 100,
	orgName: 200
} as const;

/** Why a whole input was refused. */
export type ImportErrorCode =
	| 'not-json'
	| 'too-large'
	| 'too-many-records'
	| 'too-deep'
	| 'forbidden-key'
	| 'wrong-shape'
	| 'csv-invalid'
	| 'missing-file'
	| 'no-services';

/** Thrown by the read stage when a whole input is refused; `importHsds` turns it into a result. */
export class Refusal {
	constructor(
		readonly error: ImportErrorCode,
		readonly message: string
	) {}
}

/** The messages of refusals that every stage may give. */
export const MESSAGES = {
	notJson:
		'Die Datei ist kein gültiges JSON. Bitte prüfen Sie, ob Sie die richtige Datei gewählt haben. Es wurde nichts übernommen.',
	tooLarge:
		'Die Datei ist größer als 50 MB. So große Dateien liest nahbei nicht. Es wurde nichts übernommen.',
	tooMany:
		'Die Datei enthält mehr als 20.000 Angebote. So viele liest nahbei nicht auf einmal. Es wurde nichts übernommen.',
	tooDeep:
		'Die Datei ist zu tief verschachtelt. Das ist kein HSDS-Katalog. Es wurde nichts übernommen.',
	wrongShape:
		'Die Datei enthält keine Angebote im HSDS-Format (ein Angebot, eine Liste oder ein Daten-Paket mit Tabellen). Es wurde nichts übernommen.'
} as const;

/** The refusal of a key that could reach Object.prototype. */
export function forbiddenKey(key: string): Refusal {
	return new Refusal(
		'forbidden-key',
		`Die Datei enthält den Schlüssel „${key}“. Er ist aus Sicherheits-Gründen nicht erlaubt. Es wurde nichts übernommen.`
	);
}

/** Whether a value is a plain object (as JSON gives), not an array, class instance or null. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const prototype = Object.getPrototypeOf(value);
	return prototype === Object.prototype || prototype === null;
}

/** A value as a message quotes it: at most 60 characters. */
export function quote(value: unknown): string {
	const written = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
	return written.length > 60 ? `${written.slice(0, 57)}…` : written;
}

const KIND_WORDS: Record<string, string> = {
	string: 'ein Text',
	number: 'eine Zahl',
	array: 'eine Liste',
	object: 'ein Objekt',
	boolean: 'ja oder nein'
};

/** Says in plain German what is wrong, from the first valibot issue. */
export function issueText(issues: readonly v.BaseIssue<unknown>[]): string {
	const issue = issues[0];
	if (!issue) return 'Die Angaben sind ungültig.';
	const path = issue.path?.map((item) => String(item.key)).join(' › ');
	const field = path ? `„${path}“` : 'Der Eintrag';
	if (issue.input === undefined && path) return `${field} fehlt.`;
	if (issue.type === 'max_length') {
		return Array.isArray(issue.input)
			? `${field} hat zu viele Einträge (höchstens ${String(issue.requirement)}).`
			: `${field} ist zu lang (höchstens ${String(issue.requirement)} Zeichen).`;
	}
	if (issue.type === 'picklist')
		return `${field} hat den unbekannten Wert „${quote(issue.input)}“.`;
	if (issue.type === 'finite' || (issue.type === 'number' && typeof issue.input === 'number')) {
		return `${field} ist keine gültige Zahl.`;
	}
	const kind = KIND_WORDS[issue.type];
	if (kind) return `${field} muss ${kind} sein.`;
	if (issue.type === 'union') return `${field} muss eine Zahl oder ein Text sein.`;
	return `${field} ist ungültig.`;
}

/** Whether a text is missing or only spaces. */
export function blank(value: string | null | undefined): boolean {
	return value === undefined || value === null || value.trim() === '';
}

/** A text without its outer spaces, or undefined when nothing is left. */
export function present(value: string | null | undefined): string | undefined {
	return blank(value) ? undefined : value!.trim();
}

const looseList = v.optional(v.nullable(v.pipe(v.array(v.unknown()), v.maxLength(LIMITS.list))));
const looseObject = v.optional(v.nullable(v.unknown()));

// The schemas of hsds.ts, with nested objects left unchecked, so each can be checked on its own
// and one broken schedule does not cost the whole offer.

/** An HSDS service whose nested objects are checked one by one. */
export const ServiceShell = v.object({
	...HsdsServiceSchema.entries,
	organization: looseObject,
	phones: looseList,
	schedules: looseList,
	service_at_locations: looseList,
	cost_options: looseList,
	languages: looseList,
	attributes: looseList
});
/** An HSDS organization whose nested objects are checked one by one. */
export const OrganizationShell = v.object({
	...HsdsOrganizationSchema.entries,
	phones: looseList,
	attributes: looseList
});
/** An HSDS service_at_location whose nested objects are checked one by one. */
export const LinkShell = v.object({
	...HsdsServiceAtLocationSchema.entries,
	phones: looseList,
	schedules: looseList,
	location: looseObject,
	attributes: looseList
});
/** An HSDS location whose nested objects are checked one by one. */
export const LocationShell = v.object({
	...HsdsLocationSchema.entries,
	languages: looseList,
	addresses: looseList,
	accessibility: looseList,
	phones: looseList,
	schedules: looseList,
	attributes: looseList
});

/** Checks the parts of one service and keeps notes of what it left out or fixed. */
export interface Checker {
	/** Records a part that was left out or fixed. */
	note(reason: string): void;
	/** Checks each item of a list with a schema; broken items are noted and left out. */
	items<S extends v.GenericSchema>(list: unknown, schema: S, what: string): v.InferOutput<S>[];
	/** Checks one nested object; a broken one is noted and left out. */
	one<S extends v.GenericSchema>(
		value: unknown,
		schema: S,
		what: string
	): v.InferOutput<S> | undefined;
}

/** A checker that writes its notes into `notes`. */
export function checkerFor(notes: string[]): Checker {
	const checker: Checker = {
		note: (reason) => notes.push(reason),
		items(list, schema, what) {
			if (!Array.isArray(list)) return [];
			return list.flatMap((item) => {
				const checked = checker.one(item, schema, what);
				return checked === undefined ? [] : [checked];
			});
		},
		one(value, schema, what) {
			if (value === undefined || value === null) return undefined;
			const result = v.safeParse(schema, value);
			if (result.success) return result.output;
			notes.push(`${what} weggelassen: ${issueText(result.issues)}`);
			return undefined;
		}
	};
	return checker;
}

/** A text that fits its limit, or undefined (and a note) when it is too long. */
export function fitting(
	value: string | undefined,
	max: number,
	what: string,
	check: Checker
): string | undefined {
	if (value === undefined) return undefined;
	if (value.length <= max) return value;
	check.note(`${what} ist zu lang (höchstens ${max} Zeichen) – weggelassen.`);
	return undefined;
}

/** An e-mail address that looks like one, or undefined (and a note). */
export function checkEmail(email: string | undefined, check: Checker): string | undefined {
	if (email === undefined) return undefined;
	if (isEmailAddress(email)) return email;
	check.note(`Die E-Mail-Adresse „${quote(email)}“ ist ungültig – weggelassen.`);
	return undefined;
}

/** A web link (http or https), or undefined (and a note). */
export function checkUrl(url: string | undefined, check: Checker): string | undefined {
	if (url === undefined) return undefined;
	// Only web links: the interface makes a link of it, and other schemes can run code.
	if (isWebLink(url)) return url;
	check.note(`Die Internet-Adresse „${quote(url)}“ ist nicht erlaubt – weggelassen.`);
	return undefined;
}

/**
 * The first phone number that is one (quotes around it taken off), or undefined; each entry that
 * is no phone number is noted, so `javascript:alert(13)` never becomes a `tel:` link.
 */
export function checkPhones(numbers: (string | undefined)[], check: Checker): string | undefined {
	for (const raw of numbers) {
		if (raw === undefined) continue;
		const phone = unquotedPhone(raw);
		if (isPhoneNumber(phone)) return phone;
		check.note(
			`Die Telefon-Nummer „${quote(raw)}“ ist keine Telefon-Nummer (nur Ziffern, Leerzeichen, + - / ( ) sind erlaubt) – weggelassen.`
		);
	}
	return undefined;
}

/** A day as 'YYYY-MM-DD'. */
export function formatDate(date: LocalDate): string {
	return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Whether 'YYYY-MM-DD' names a day of the calendar. */
export function isDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

/** The day a text starts with ('YYYY-MM-DD…'), or null when it is no day of the calendar. */
export function parseDate(value: string | null | undefined): LocalDate | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value?.trim() ?? '');
	if (!match) return null;
	const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
	return formatDate(date) === match[0] && isDate(match[0]) ? date : null;
}
