(async function* () {
  let i = 0;
  while (true) {
    yield i++;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
})()
