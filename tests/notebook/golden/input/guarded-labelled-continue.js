let kept = 0;
outer: for (const row of rows) {
  for (const value of row) {
    if (value < 0) continue outer;
  }
  kept++;
}
