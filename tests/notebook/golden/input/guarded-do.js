let n = 0;
do {
  n++;
} while (n < 3);
do n--; while (n > 0)
