// The baseline for benchmark 4: what it costs the postman-collection SDK just to load a collection.
const { readFileSync } = require('node:fs');
const { Collection } = require('postman-collection');

const collection = new Collection(JSON.parse(readFileSync(process.argv[2], 'utf8')));
let requests = 0;
collection.forEachItem(() => {
  requests += 1;
});
console.log(requests);
