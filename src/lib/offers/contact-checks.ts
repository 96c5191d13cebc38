/**
 * Phone numbers, e-mail addresses and web links of offers, checked the same way at import and in
 * the editor: a phone field with `javascript:alert(13)` is refused, never made into `tel:13`.
 */
import { EMAIL_PATTERN, PHONE_PATTERN, WEB_LINK_PATTERN } from '$lib/db/offers-schema';

/** Whether a text is a telephone number (digits, spaces, - / . ( ), maybe a leading +). */
export function isPhoneNumber(value: string): boolean {
	return PHONE_PATTERN.test(value);
}

/** Whether a text is an e-mail address. */
export function isEmailAddress(value: string): boolean {
	return value.length <= 200 && EMAIL_PATTERN.test(value);
}

/** Whether a text is a web link nahbei may show: http or https only, nothing that runs code. */
export function isWebLink(value: string): boolean {
	if (value.length > 500 || !WEB_LINK_PATTERN.test(value)) return false;
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:';
	} catch {
		return false;
	}
}

/** A phone number as files often quote it ("+44 1234"), without the quotes around it. */
export function unquotedPhone(value: string): string {
	return value
		.trim()
		.replace(/^["'„“”]+|["'„“”]+$/g, '')
		.trim();
}
