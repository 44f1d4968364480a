display(x)
