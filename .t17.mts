import { readCsv, rowObjects } from "./src/data/index.ts";
const cases: Record<string, string> = {
  commaInQuotes: 'first,last,address,city,zip\nJohn,Doe,120 any st.,"Anytown, WW",08123\n',
  emptyFields: 'a,b,c\n1,"",""\n2,3,4\n',
  escapedQuotes: 'a,b\n1,"ha ""ha"" ha"\n3,4\n',
  json: 'key,val\n1,"{""type"": ""Point"", ""coordinates"": [102.0, 0.5]}"\n',
  newlines: 'a,b,c\n1,2,3\n"Once upon \na time",5,6\n7,8,9\n',
  newlinesCrlf: 'a,b,c\r\n1,2,3\r\n"Once upon \r\na time",5,6\r\n7,8,9\r\n',
  quotesNewlines: 'a,b\n1,"ha \n""ha"" \nha"\n3,4\n',
  utf8: 'a,b,c\n1,2,3\n4,5,ʤ\n',
  empty: '',
  onlyNewline: '\n',
  headerOnly: 'a,b,c\n',
  singleColumn: 'a\n1\n2\n',
  trailingDelimiter: 'a,b,\n1,2,\n',
  blankLines: 'a,b\n1,2\n\n3,x\n',
  spaces: 'a, b\n1, 2\n',
  loneCR: 'a,b\r1,2\r3,4\r',
  mixedEndings: 'a,b\r\n1,2\n3,4\r\n',
  quotedHeader: '"a","b"\n1,2\n',
  noFinalNewline: 'a,b\n1,2',
  unclosed: 'a,b\n1,"x\n2,3\n',
  exponent: 'a\n1e3\n-2.5\n+3\n',
  raggedQuoted: 'a,b\n"1","2","3"\n"4"\n',
};
for (const [name, text] of Object.entries(cases)) {
  try {
    const r = readCsv(text);
    console.log(name, JSON.stringify({ cols: r.columns.filter(c=>!c.derivedFrom).map((c) => `${c.name}:${c.type}`), rows: rowObjects(r), problems: r.problems }));
  } catch (e) { console.log(name, "THROWS", (e as Error).message); }
}
