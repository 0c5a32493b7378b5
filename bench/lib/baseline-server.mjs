// The machine's ceiling: a bare node:http server sending the static page's bytes from memory.
// argv: port, file with the body, content type. Runs in its own process, pinned like the app.
import http from "node:http";
import { readFileSync } from "node:fs";

const [port, file, contentType] = process.argv.slice(2);
const body = readFileSync(file);
http
  .createServer((req, res) => {
    res.writeHead(200, {
      "content-type": contentType,
      "content-length": body.length,
    });
    res.end(body);
  })
  .listen(Number(port), "127.0.0.1", () => process.stdout.write("ready\n"));
