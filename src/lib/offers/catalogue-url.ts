/** Where the Quartier team publishes the catalogue; the shipped copy is precached. */
export const catalogueUrl = '/data/angebote.json';
