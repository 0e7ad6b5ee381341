"""The baseline for bench/load.py: a bare aiohttp app that only checks the signature and answers 200."""
import hashlib
import hmac
import sys

from aiohttp import web

SECRET = sys.argv[2].encode()


async def hook(request: web.Request) -> web.Response:
    body = await request.read()
    ts = request.headers.get("X-Linli-Timestamp", "")
    want = hmac.new(SECRET, ts.encode() + b"." + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(want, request.headers.get("X-Linli-Signature", "")):
        return web.json_response({"error": "bad signature"}, status=401)
    return web.json_response({"ok": True})


app = web.Application()
app.router.add_post("/webhook/generic", hook)
app.router.add_get("/healthz", lambda r: web.json_response({"ok": True}))
web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None, access_log=None)
