import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../src/cli/static-server.ts";

/** GET a raw path (not normalised by a URL parser), answered with its status and body. */
function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method: "GET" }, (response) => {
      let body = "";
      response.on("data", (chunk) => {
        body += chunk;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the static server behind export, metrics and the browser tests", () => {
  const folder = mkdtempSync(join(tmpdir(), "blauw-serve-"));
  mkdirSync(join(folder, "site"));
  mkdirSync(join(folder, "site-secret"));
  writeFileSync(join(folder, "site", "index.html"), "<p>site</p>");
  writeFileSync(join(folder, "site-secret", "secret.txt"), "secret");
  let port = 0;
  let close: () => void = () => {};
  beforeAll(async () => {
    const { url, server } = await serveStatic(join(folder, "site"), "/");
    port = Number(new URL(url).port);
    close = () => server.close();
  });
  afterAll(() => close());

  it("serves its folder", async () => {
    expect(await get(port, "/")).toEqual({ status: 200, body: "<p>site</p>" });
  });

  it("answers 400 to a path that is not valid percent-encoding, and keeps serving", async () => {
    expect((await get(port, "/%")).status).toBe(400);
    expect((await get(port, "/%E0%A4%A")).status).toBe(400);
    expect((await get(port, "/")).status).toBe(200);
  });

  it("never serves a sibling folder whose name starts like its root", async () => {
    const answer = await get(port, "/..%2fsite-secret%2fsecret.txt");
    expect(answer.body).not.toContain("secret");
    expect(answer.status).toBe(403);
    expect((await get(port, "/")).status).toBe(200);
  });
});
