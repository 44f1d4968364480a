import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  parseRoute,
  type Route,
  routeDataVersion,
  routeHash,
  routeQuery,
  seedLinkHash,
} from "../../src/app/route.ts";

describe("parseRoute", () => {
  it("reads notebooks, sections, fact sheets and the file page", () => {
    expect(parseRoute("#/")).toEqual({ kind: "home" });
    expect(parseRoute("#/reaction-times/afstand-tot-de-norm?c3=x")).toEqual({
      kind: "notebook",
      slug: "reaction-times",
      section: "afstand-tot-de-norm",
    });
    expect(parseRoute("#/bron/kamerbrief-politie-maart-2026/x")).toEqual({
      kind: "source",
      sheet: "kamerbrief-politie-maart-2026",
      section: "x",
    });
    expect(parseRoute("#/bestand")).toEqual({ kind: "file" });
    expect(routeHash(parseRoute("#/doxing"))).toBe("#/doxing");
  });

  it("reads a notebook made in this browser by its id, and nothing else under #/eigen/", () => {
    const id = "u-0123456789az";
    expect(parseRoute(`#/eigen/${id}`)).toEqual({ kind: "user", id });
    expect(routeHash({ kind: "user", id })).toBe(`#/eigen/${id}`);
    expect(parseRoute(routeHash({ kind: "user", id }))).toEqual({ kind: "user", id });
    for (const hash of [
      "#/eigen/",
      "#/eigen/doxing",
      "#/eigen/u-0123456789AZ",
      "#/eigen/u-1/x",
      "#/eigen/u-<b>",
    ]) {
      expect(parseRoute(hash).kind).not.toBe("user");
    }
  });

  it("calls a hash that is not valid percent-encoding unknown instead of throwing", () => {
    for (const hash of ["#/%", "#/reaction-times/%E0%A4%A", "#/bron/%zz"]) {
      expect(parseRoute(hash)).toEqual({ kind: "unknown", hash });
    }
  });

  it("takes a link's data fingerprint only in its own format, so the page never repeats other text", () => {
    expect(routeDataVersion("#/doxing?c1=x&d=0a1b2c3d")).toBe("0a1b2c3d");
    for (const d of [
      "these+figures+were+withdrawn,+see+evil.example",
      "0A1B2C3D",
      "0a1b2c3d9",
      "<b>x</b>",
      "",
    ]) {
      expect(routeDataVersion(`#/doxing?d=${encodeURIComponent(d)}`)).toBeNull();
    }
    expect(routeDataVersion("#/doxing")).toBeNull();
  });
});

/** A slug as notebooks, fact sheets and headings make them (see slugify): lowercase words and hyphens. */
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);
/** The first words of a hash that name pages of their own, never a notebook. */
const reserved = new Set(["bron", "eigen", "bestand"]);
const route: fc.Arbitrary<Route> = fc.oneof(
  fc.constant<Route>({ kind: "home" }),
  fc.constant<Route>({ kind: "file" }),
  fc.record({
    kind: fc.constant("notebook" as const),
    slug: slug.filter((s) => !reserved.has(s)),
    section: fc.option(slug, { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant("source" as const),
    sheet: slug,
    section: fc.option(slug, { nil: undefined }),
  }),
  fc.record({ kind: fc.constant("user" as const), id: fc.stringMatching(/^u-[0-9a-z]{12}$/) }),
);

describe("routeHash and parseRoute", () => {
  it("lead back to the same route, with or without a query after it", () => {
    fc.assert(
      fc.property(
        route,
        fc.constantFrom("", "?bronnen=Alleen+brondocumenten&d=0a1b2c3d", "?"),
        (r, query) => {
          expect(parseRoute(routeHash(r) + query)).toEqual(r);
        },
      ),
    );
  });

  it("read a hash with or without its slash, a trailing slash and percent-encoded words alike", () => {
    const expected = { kind: "notebook", slug: "reaction-times", section: "afstand" };
    for (const hash of [
      "#/reaction-times/afstand",
      "#reaction-times/afstand",
      "#/reaction-times/afstand/",
      "#/reaction-times/%61fstand",
    ])
      expect(parseRoute(hash)).toEqual(expected);
    expect(parseRoute("")).toEqual({ kind: "home" });
    expect(parseRoute("#")).toEqual({ kind: "home" });
  });

  it("call a hash unknown when it is not a slug, or has more parts than a page takes, and give it back as it was", () => {
    for (const hash of ["#/Reaction-Times", "#/reaction_times", "#/a--b", "#/-a", "#/a/b/c", "#/<img>"]) {
      const parsed = parseRoute(hash);
      expect(parsed.kind, hash).toBe("unknown");
      expect(routeHash(parsed)).toBe(hash);
    }
  });
});

describe("routeQuery", () => {
  it("reads what follows the first ?, and nothing when there is none", () => {
    expect([...routeQuery("#/doxing?jaar=2025&x=a%3Fb?c")]).toEqual([
      ["jaar", "2025"],
      ["x", "a?b?c"],
    ]);
    expect([...routeQuery("#/doxing")]).toEqual([]);
  });
});

describe("seedLinkHash", () => {
  it("turns a prose link to a fact sheet into the route of that sheet and its anchor", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("", "./", "../", "/"),
        slug,
        fc.option(slug, { nil: undefined }),
        (prefix, sheet, section) => {
          const href = `${prefix}seeds/${sheet}.md${section ? `#${section}` : ""}`;
          expect(parseRoute(seedLinkHash(href) ?? "")).toEqual({ kind: "source", sheet, section });
        },
      ),
    );
  });

  it("leaves every other link alone", () => {
    for (const href of [
      "https://example.org/seeds/x.md",
      "../../seeds/x.md",
      "../seeds/x.md#Antwoord 20",
      "../seeds/X.md",
      "../seeds/x.md?y=1",
      "../seeds/x.txt",
      "seeds/sub/x.md",
      "#/bron/x",
    ])
      expect(seedLinkHash(href), href).toBeNull();
  });
});
