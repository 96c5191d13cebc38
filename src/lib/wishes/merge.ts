// How a wish is changed field by field is defined beside the storage (lib/db/wish-merge); this
// module gives it to the rest of the app.
export {
	changedPaths,
	mergeWishChange,
	sameValue,
	textPaths,
	valueAt,
	withValueAt,
	wishPaths,
	type FieldChange,
	type FieldConflict,
	type WishChange,
	type WishPath
} from '$lib/db/wish-merge';
