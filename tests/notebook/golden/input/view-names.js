const bronnen = view(Inputs.radio(["a", "b"], { value: "a" }));
const { pick } = view(Inputs.form({ pick: Inputs.toggle() }));
