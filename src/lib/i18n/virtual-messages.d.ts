// The parts of the Leichte Sprache file, made at build time (see locale-split.ts).
declare module 'virtual:nahbei/messages-start' {
	const messages: import('./locale-split').MessageTree;
	export default messages;
}
declare module 'virtual:nahbei/messages-part-*' {
	const messages: import('./locale-split').MessageTree;
	export default messages;
}
