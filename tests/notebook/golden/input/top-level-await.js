const table = await data("reaction-times");
const rows = table.objects();
