// Writes the index of the published Quartier catalogues (static/data/quartiere.json): for each
// catalogue file named in it, the date, Quartier name, offer count, size and the postcodes of its
// addresses, read from the file itself. Run it after a Quartier team publishes a new file:
//   node scripts/quartier-index.js
// A new Quartier is added by hand to the index (id, area, file); this script fills in the rest.
import { readFileSync, statSync, writeFileSync } from 'node:fs';

const indexPath = 'static/data/quartiere.json';
const index = JSON.parse(readFileSync(indexPath, 'utf8'));

for (const quartier of index.quartiere) {
	const path = `static${quartier.file}`;
	const json = JSON.parse(readFileSync(path, 'utf8'));
	const services = json.contents ?? [];
	const postcodes = new Set();
	for (const service of services) {
		for (const link of service.service_at_locations ?? []) {
			for (const address of link.location?.addresses ?? []) {
				if (/^\d{5}$/.test(address.postal_code ?? '')) postcodes.add(address.postal_code);
			}
		}
	}
	Object.assign(quartier, {
		name: json.nahbei?.quartier ?? quartier.name,
		postcodes: [...postcodes].sort(),
		stand: json.nahbei?.stand ?? quartier.stand,
		bytes: statSync(path).size,
		offers: services.length
	});
}

writeFileSync(indexPath, `${JSON.stringify(index, null, '\t')}\n`);
console.log(`${indexPath}: ${index.quartiere.length} Quartiere`);
