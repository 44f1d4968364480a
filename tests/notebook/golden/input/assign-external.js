count = 2;
