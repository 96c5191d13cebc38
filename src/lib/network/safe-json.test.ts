import { describe, expect, it } from 'vitest';
import { maxImportCharacters, readJson, stripBom } from './safe-json';

describe('readJson', () => {
	it('reads JSON with or without a byte-order mark', () => {
		expect(readJson('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
		expect(readJson('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
	});

	it('drops __proto__, constructor and prototype keys at any depth', () => {
		const result = readJson(
			'{"__proto__":{"x":1},"a":{"constructor":{"prototype":{"y":2}},"b":2}}'
		);
		expect(result).toEqual({ ok: true, value: { a: { b: 2 } } });
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});

	it('tells empty, not JSON and too large apart', () => {
		expect(readJson(' \n')).toEqual({ ok: false, error: 'empty' });
		expect(readJson('{')).toEqual({ ok: false, error: 'not-json' });
		expect(readJson(' '.repeat(maxImportCharacters + 1))).toEqual({
			ok: false,
			error: 'too-large'
		});
	});
});

describe('stripBom', () => {
	it('removes only a leading byte-order mark', () => {
		expect(stripBom('\uFEFFa\uFEFF')).toBe('a\uFEFF');
		expect(stripBom('a')).toBe('a');
	});
});
