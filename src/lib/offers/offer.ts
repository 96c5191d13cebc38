// An offer as stored (the taxonomy, the categories, the schema) is defined in lib/db; this module
// gives it to the rest of the app under the names it has always had.
export {
	accessFeatures,
	CategoryRuleSchema,
	CostOptionSchema,
	offerCategories,
	OfferSchema,
	offerTerms,
	type CategoryRule,
	type CostOption,
	type Offer,
	type OfferCategory,
	type OfferTerm
} from '$lib/db/offers-schema';
