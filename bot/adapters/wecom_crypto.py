"""WeCom callback crypto (wechatpy): URL verification, encrypted XML and JSON bodies.

The self-built app and the smart robot share the scheme (SHA1 signature over
token/timestamp/nonce/ciphertext, AES-CBC with the EncodingAESKey); the robot's
receive id is the empty string. wechatpy does the cipher work; this module adds
a constant-time signature check, error kinds the adapters turn into 403 / 400,
and a refusal of XML with DTDs before any parser sees it (entity expansion, XXE).
"""
from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import time
from typing import Any

import xmltodict
from wechatpy.enterprise.crypto import PrpCrypto, WeChatCrypto

_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


class BadSignature(Exception):
    """The request was not signed with our token: answer 403, store nothing."""


class BadBody(ValueError):
    """Signed (or unsignable) but undecryptable / malformed: answer 400."""


def refuse_dtd(data: bytes | str) -> None:
    raw = data.encode() if isinstance(data, str) else data
    if _DTD.search(raw):
        raise BadBody("XML with DOCTYPE/ENTITY declarations is refused")


def parse_xml(data: bytes | str) -> dict[str, Any]:
    """A flat <xml>…</xml> document as a dict; BadBody when it is not one."""
    refuse_dtd(data)
    try:
        doc = xmltodict.parse(data, disable_entities=True)
    except Exception:  # expat raises its own error types
        raise BadBody("body is not well-formed XML") from None
    root = doc.get("xml") if isinstance(doc, dict) else None
    if not isinstance(root, dict):
        raise BadBody("XML root must be <xml>")
    return root


def signature(token: str, timestamp: str, nonce: str, encrypted: str) -> str:
    return hashlib.sha1("".join(sorted([token, timestamp, nonce, encrypted])).encode()).hexdigest()


class WecomCrypto:
    def __init__(self, token: str, aes_key: str, receive_id: str):
        self.token = token
        self.receive_id = receive_id
        self._wc = WeChatCrypto(token, aes_key, receive_id)  # validates the key length
        self._key = self._wc.key

    def _check(self, sig: str, timestamp: str, nonce: str, encrypted: str) -> None:
        if not sig or not hmac.compare_digest(signature(self.token, timestamp, nonce, encrypted), sig.lower()):
            raise BadSignature("msg_signature does not match")

    def _decrypt(self, encrypted: str) -> str:
        try:
            return PrpCrypto(self._key).decrypt(encrypted, self.receive_id)
        except Exception:  # bad base64 / padding / length / receive id: wechatpy raises many kinds
            raise BadBody("ciphertext could not be decrypted for this receiver") from None

    def verify_url(self, sig: str, timestamp: str, nonce: str, echostr: str) -> str:
        """GET URL verification: the decrypted echostr to answer with."""
        self._check(sig, timestamp, nonce, echostr)
        return self._decrypt(echostr)

    def decrypt_xml(self, body: bytes, sig: str, timestamp: str, nonce: str) -> str:
        """The app callback: <xml><Encrypt>…</Encrypt></xml> -> the inner XML (DTD-free) to parse."""
        outer = parse_xml(body)
        encrypted = outer.get("Encrypt")
        if not isinstance(encrypted, str) or not encrypted:
            raise BadBody("missing <Encrypt>")
        self._check(sig, timestamp, nonce, encrypted)
        inner = self._decrypt(encrypted)
        refuse_dtd(inner)
        return inner

    def decrypt_json(self, body: bytes, sig: str, timestamp: str, nonce: str) -> dict[str, Any]:
        """The smart-robot callback: {"encrypt": "…"} -> the inner JSON object."""
        try:
            outer = json.loads(body)
        except (ValueError, RecursionError):
            raise BadBody("body is not valid JSON") from None
        encrypted = outer.get("encrypt") if isinstance(outer, dict) else None
        if not isinstance(encrypted, str) or not encrypted:
            raise BadBody("missing encrypt field")
        self._check(sig, timestamp, nonce, encrypted)
        try:
            inner = json.loads(self._decrypt(encrypted))
        except (ValueError, RecursionError):
            raise BadBody("decrypted body is not valid JSON") from None
        if not isinstance(inner, dict):
            raise BadBody("decrypted body must be a JSON object")
        return inner

    # ---- the sending side, as WeCom does it (tests and the fake server use these) ----------
    def encrypt(self, plaintext: str) -> str:
        return PrpCrypto(self._key).encrypt(plaintext, self.receive_id).decode()

    def sign_params(self, encrypted: str, timestamp: str | None = None,
                    nonce: str | None = None) -> dict[str, str]:
        ts = timestamp or str(int(time.time()))
        n = nonce or secrets.token_hex(5)
        return {"msg_signature": signature(self.token, ts, n, encrypted), "timestamp": ts, "nonce": n}

