// app.html names every document "nahbei", for the one page built without its own title (the
// fallback, 200.html). A page that brings its own title ("Meine Wünsche – nahbei") keeps only
// that one: a browser shows the first title in the head, so the shell's would win until the app
// starts.
const SHELL_TITLE = '<title>nahbei</title>';

export function withOwnTitle(html: string): string {
	const titles = html.match(/<title>/g)?.length ?? 0;
	return titles > 1 ? html.replace(SHELL_TITLE, '') : html;
}
