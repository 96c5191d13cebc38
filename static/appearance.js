// Paints the chosen colours, text size and writing direction before the first paint, from the
// copy the app keeps in localStorage (IndexedDB holds the truth). A separate file, not inline
// script, so the Content-Security-Policy can forbid inline script. When the prerendered
// Leichte Sprache is not the person's choice, its words stay hidden (app.css) until the app
// has started and written the chosen ones: no flash of the wrong language.
(function () {
	try {
		var look = JSON.parse(localStorage.getItem('nahbei.appearance') || '{}');
		var root = document.documentElement;
		if (look.theme) root.setAttribute('data-theme', look.theme);
		if (look.textSize) root.setAttribute('data-text-size', look.textSize);
		if (look.lang) root.lang = look.lang;
		if (look.dir) root.dir = look.dir;
		// A copy from before prerenderedText was kept: any language but German is another one.
		var other = look.prerenderedText === false || (look.prerenderedText == null && look.lang && look.lang !== 'de');
		if (other) root.setAttribute('data-text-pending', '');
	} catch {
		// Without the copy (blocked storage) the page shows in its prerendered look.
	}
})();
