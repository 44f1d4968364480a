let n = 0;
while (n < 5) n++;
while (true) {}
