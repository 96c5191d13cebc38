// The contact point of the catalogue that ships with the app, found at build time (vite.config.ts).
declare module 'virtual:nahbei/shipped-contact' {
	const contact: import('./contact-point').ContactPoint | null;
	export default contact;
}
