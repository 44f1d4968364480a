import { describe, expect, it } from "vitest";
import { parseRoute, routeDataVersion, routeHash } from "../../src/app/route.ts";

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
