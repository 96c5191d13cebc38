// Language tags for speech: which voice a text in an app language should be read with. Used by
// the read-aloud engine (./speech.ts) and by dictation.

// App languages without a region get the region whose voices suit them best.
const DEFAULT_REGION: Record<string, string> = {
	de: 'DE',
	en: 'GB',
	tr: 'TR',
	ar: 'SA',
	uk: 'UA'
};

/** Writes a language tag the standard way ('de_de' → 'de-DE') so that tags can be compared. */
export function normaliseLang(tag: string): string {
	const parts = tag.trim().replace(/_/g, '-').split('-').filter(Boolean);
	// After a singleton such as 'x' (private use) or 'u' (extension) the subtags are not regions.
	let inExtension = false;
	return parts
		.map((part, index) => {
			const lower = part.toLowerCase();
			if (index === 0 || inExtension) return lower;
			if (lower.length === 1) {
				inExtension = true;
				return lower;
			}
			if (/^[a-z]{2}$/.test(lower)) return lower.toUpperCase();
			if (/^[a-z]{4}$/.test(lower)) return lower.charAt(0).toUpperCase() + lower.slice(1);
			return lower;
		})
		.join('-');
}

/** Turns an app language code into the language a voice should speak: 'de-x-ls' → 'de-DE'. */
export function speechLang(appLang: string): string {
	const parts = normaliseLang(appLang).split('-');
	const language = parts[0] ?? '';
	for (const part of parts.slice(1)) {
		if (part.length === 1) break;
		if (/^(?:[A-Z]{2}|\d{3})$/.test(part)) return `${language}-${part}`;
	}
	const region = DEFAULT_REGION[language];
	return region ? `${language}-${region}` : language;
}
