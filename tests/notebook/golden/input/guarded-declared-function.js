function spin(times) {
  let i = 0;
  for (;;) if (++i >= times) break;
  return i;
}
