const counts = {};
for (const row of rows) {
  for (const key in row) {
    let i = 0;
    while (i < row[key]) { counts[key] = (counts[key] ?? 0) + 1; i++; }
  }
}
