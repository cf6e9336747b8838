// A fresh database seeded with all demo data takes a few seconds on MariaDB when the machine is busy: not a hang.
// (Jest 29 reads `testTimeout` only at the top level of the config, not per project: this sets it for the API tier.)
jest.setTimeout(30_000);
