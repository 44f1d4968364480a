async function load() {
  return await data("x");
}
