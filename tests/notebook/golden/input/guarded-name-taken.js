const loopGuard$ = "a name of the cell's own";
for (const letter of loopGuard$) display(letter);
