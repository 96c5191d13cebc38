// What is stored (the lists, the schemas, the one form of a tie) is defined in lib/db; this
// module gives it to the rest of the app under the names it has always had. Code that needs no
// schema imports basics.ts instead, so valibot is not part of the first download of a page.
export * from './basics';
export {
	EasyNwkPlacementSchema,
	NetworkSnapshotSchema,
	PersonSchema,
	SelfSchema,
	TieSchema
} from '$lib/db/network-schema';
export { hasControlCharacters, removeControlCharacters } from '$lib/db/text';
