import { describe, expect, it } from 'vitest';
import { isEmailAddress, isPhoneNumber, isWebLink, unquotedPhone } from './contact-checks';

describe('phone numbers, e-mail addresses and web links', () => {
	it('takes the ways people write phone numbers', () => {
		for (const phone of ['040 123 45 67', '+49 (40) 123-4567', '040/12345', '112'])
			expect(isPhoneNumber(phone)).toBe(true);
	});

	it('refuses code, letters and too few digits in a phone field', () => {
		for (const phone of ['javascript:alert(13)', 'tel:112', 'abc', '--', '1 2', '"040 1234"'])
			expect(isPhoneNumber(phone)).toBe(false);
	});

	it('takes quotes off a quoted number before the check', () => {
		expect(unquotedPhone('"+44 1234 234567"')).toBe('+44 1234 234567');
	});

	it('checks e-mail addresses and allows only http and https links', () => {
		expect(isEmailAddress('treff@lindenhof.example')).toBe(true);
		expect(isEmailAddress('javascript:alert(1)@x')).toBe(false);
		expect(isEmailAddress('a b@c.de')).toBe(false);
		expect(isWebLink('https://lindenhof.example/essen')).toBe(true);
		for (const link of ['javascript:alert(13)', 'data:text/html,x', 'ftp://x.de', 'https://a b'])
			expect(isWebLink(link)).toBe(false);
	});
});
