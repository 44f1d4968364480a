display(x);
