// Placeholder until the scoring command lands.
process.stderr.write('touchpoint-tally: not implemented yet\n');
process.exit(2);
