for (const x of xs) display(x);
