// Typed text as it may be stored. Control characters other than tab and line breaks have no
// place in it and can hide content from a screen reader.

function isControlCharacter(code: number): boolean {
	return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
}

/** Whether text holds an invisible control character (tab and line breaks do not count). */
export function hasControlCharacters(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (isControlCharacter(text.charCodeAt(i))) return true;
	return false;
}

/** Removes invisible control characters, keeping tab and line breaks. */
export function removeControlCharacters(text: string): string {
	if (!hasControlCharacters(text)) return text;
	return [...text].filter((char) => !isControlCharacter(char.charCodeAt(0))).join('');
}
