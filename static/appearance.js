// The chosen look before the first paint; see app.html.
try {
	const look = JSON.parse(localStorage.getItem('nahbei.appearance') || '{}');
	const root = document.documentElement;
	if (look.theme) root.setAttribute('data-theme', look.theme);
	if (look.textSize) root.setAttribute('data-text-size', look.textSize);
	if (look.lang) root.lang = look.lang;
	if (look.dir) root.dir = look.dir;
	if (look.prerenderedText === false || (look.prerenderedText == null && look.lang && look.lang !== 'de'))
		root.setAttribute('data-text-pending', '');
} catch {
	// Without the copy (blocked storage) the page shows in its prerendered look.
}
