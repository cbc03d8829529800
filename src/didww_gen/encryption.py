"""Encrypting files for ``POST /encrypted_files``, and the fingerprint sent along with them.

DIDWW publishes two RSA public keys (``GET /public_keys``, read with ``client.public_keys.list()``);
call them A and B, in the order the API lists them. A file is encrypted like this:

1. a fresh random AES-256 key (32 bytes) and IV (16 bytes) are drawn from ``os.urandom``;
2. the file is encrypted with AES-256-CBC, PKCS#7 padding (so the ciphertext is 1 to 16 bytes
   longer than the file, always a multiple of 16);
3. the 48 bytes ``key || iv`` are encrypted with RSA-OAEP (SHA-256, MGF1 with SHA-256, no label)
   under key A, and again under key B;
4. the output is ``rsa_A || rsa_B || aes_ciphertext``; each RSA part is as long as its key
   (256 bytes for a 2048-bit key), so the output is ``len_A + len_B + padded length``.

The fingerprint of the key pair is the lower-case hex SHA-1 of each key's DER
SubjectPublicKeyInfo, A first, joined by ``:::``. It goes in ``encrypted_files[encryption_fingerprint]``
so the API can tell when the file was encrypted with keys it no longer uses (it then answers
422 "outdated fingerprint": fetch the keys again, see ``EncryptionKeys.refresh``).

Usage::

    keys = EncryptionKeys(client)  # a DidwwClient; the keys are fetched on first use
    blob = keys.encrypt(Path("passport.pdf").read_bytes())
    fingerprint = keys.fingerprint()
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Iterable, Sequence
from typing import Protocol

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, padding, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.asymmetric import padding as asym_padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from didww_gen.errors import DidwwClientError

__all__ = [
    "FINGERPRINT_SEPARATOR",
    "KEY_COUNT",
    "EncryptionKeys",
    "PublicKeysClient",
    "calculate_fingerprint",
    "encrypt_with_keys",
    "fetch_public_keys",
]

KEY_COUNT = 2
"""How many public keys the format uses (A and B)."""

FINGERPRINT_SEPARATOR = ":::"
"""What joins the per-key SHA-1 digests in a fingerprint."""

_AES_KEY_BYTES = 32
_IV_BYTES = 16
_SHA256_BYTES = 32
# RSA-OAEP with SHA-256 can seal at most k - 2*32 - 2 bytes with a k-byte modulus.
_MIN_RSA_BYTES = _AES_KEY_BYTES + _IV_BYTES + 2 * _SHA256_BYTES + 2
_WHERE_KEYS_COME_FROM = "pass the `key` strings of client.public_keys.list() unchanged, in the order listed"


def encrypt_with_keys(data: bytes, pems: Sequence[str | bytes]) -> bytes:
    """Encrypt ``data`` for DIDWW under the two PEM public keys ``pems`` (A, then B).

    Returns ``rsa_A || rsa_B || aes_ciphertext`` (see the module docstring). Each call draws a new
    AES key and IV, so encrypting the same data twice gives different output.
    Raises ``DidwwClientError`` when ``data`` is not bytes or the keys are not two RSA public keys.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise DidwwClientError(
            f"data to encrypt must be bytes (the file's contents), not {type(data).__name__}; "
            "read the file in binary mode ('rb')"
        )
    keys = _load_rsa_keys(pems)
    for number, key in enumerate(keys, start=1):
        if (key.key_size + 7) // 8 < _MIN_RSA_BYTES:
            raise DidwwClientError(
                f"public key {number} of {KEY_COUNT} is a {key.key_size}-bit RSA key, too small for RSA-OAEP "
                f"with SHA-256 over the 48-byte AES key and IV (at least {_MIN_RSA_BYTES * 8} bits are needed); "
                f"{_WHERE_KEYS_COME_FROM}"
            )

    aes_key = os.urandom(_AES_KEY_BYTES)
    iv = os.urandom(_IV_BYTES)
    padder = padding.PKCS7(algorithms.AES.block_size).padder()
    padded = padder.update(bytes(data)) + padder.finalize()
    encryptor = Cipher(algorithms.AES(aes_key), modes.CBC(iv)).encryptor()
    ciphertext = encryptor.update(padded) + encryptor.finalize()

    oaep = asym_padding.OAEP(mgf=asym_padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    sealed = [key.encrypt(aes_key + iv, oaep) for key in keys]
    return b"".join([*sealed, ciphertext])


def calculate_fingerprint(pems: Sequence[str | bytes]) -> str:
    """The fingerprint of the two PEM public keys ``pems`` (A, then B).

    Lower-case hex SHA-1 of each key's DER SubjectPublicKeyInfo, joined by ``:::``, in the given
    order. Raises ``DidwwClientError`` when the keys are not two RSA public keys.
    """
    digests = []
    for key in _load_rsa_keys(pems):
        der = key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        digests.append(hashlib.sha1(der).hexdigest())
    return FINGERPRINT_SEPARATOR.join(digests)


class _PublicKeyItem(Protocol):
    @property
    def key(self) -> str | None: ...


class _PublicKeysListing(Protocol):
    def list(self) -> Iterable[_PublicKeyItem]: ...


class PublicKeysClient(Protocol):
    """Anything with ``public_keys.list()`` yielding items that have a ``key`` (``DidwwClient`` does)."""

    @property
    def public_keys(self) -> _PublicKeysListing: ...


def fetch_public_keys(client: PublicKeysClient) -> list[str]:
    """The PEM strings of DIDWW's public keys, in the order the API lists them.

    Calls ``client.public_keys.list()`` once. Raises ``DidwwClientError`` when an item has no key.
    """
    pems: list[str] = []
    for number, item in enumerate(client.public_keys.list(), start=1):
        pem = item.key
        if not pem:
            raise DidwwClientError(f"public key {number} returned by the API has no `key` value")
        pems.append(pem)
    return pems


class EncryptionKeys:
    """DIDWW's public keys, fetched through ``client`` on first use and kept.

    Safe to share between threads: concurrent first calls fetch once. Call ``refresh()`` when
    the API answers 422 "outdated fingerprint" to fetch the current keys.
    """

    def __init__(self, client: PublicKeysClient) -> None:
        self._client = client
        self._lock = threading.Lock()
        self._pems: tuple[str, ...] | None = None

    def __repr__(self) -> str:
        state = "fetched" if self._pems is not None else "not fetched yet"
        return f"EncryptionKeys({state})"

    def pems(self) -> list[str]:
        """The keys' PEM strings (A, then B), fetching them on the first call."""
        pems = self._pems
        if pems is None:
            with self._lock:
                if self._pems is None:
                    self._pems = tuple(fetch_public_keys(self._client))
                pems = self._pems
        return list(pems)

    def refresh(self) -> list[str]:
        """Fetch the keys again, replace the kept ones, and return them."""
        with self._lock:
            self._pems = tuple(fetch_public_keys(self._client))
            return list(self._pems)

    def fingerprint(self) -> str:
        """The fingerprint of the kept keys (see ``calculate_fingerprint``)."""
        return calculate_fingerprint(self.pems())

    def encrypt(self, data: bytes) -> bytes:
        """``data`` encrypted under the kept keys (see ``encrypt_with_keys``)."""
        return encrypt_with_keys(data, self.pems())


def _load_rsa_keys(pems: Sequence[str | bytes]) -> list[rsa.RSAPublicKey]:
    if isinstance(pems, str | bytes):
        raise DidwwClientError(
            f"the public keys must be a sequence of {KEY_COUNT} PEM strings, not a single "
            f"{type(pems).__name__}; pass [key_a, key_b]"
        )
    given = list(pems)
    if len(given) != KEY_COUNT:
        raise DidwwClientError(
            f"exactly {KEY_COUNT} public keys are required (A and B), {len(given)} given; {_WHERE_KEYS_COME_FROM}"
        )
    keys = []
    for number, pem in enumerate(given, start=1):
        where = f"public key {number} of {KEY_COUNT}"
        if not isinstance(pem, str | bytes):
            raise DidwwClientError(f"{where} is a {type(pem).__name__}, not a PEM string; {_WHERE_KEYS_COME_FROM}")
        try:
            key = serialization.load_pem_public_key(pem.encode("ascii") if isinstance(pem, str) else pem)
        except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
            raise DidwwClientError(
                f"{where} is not a readable PEM public key (expected a '-----BEGIN PUBLIC KEY-----' block); "
                f"{_WHERE_KEYS_COME_FROM}"
            ) from exc
        if not isinstance(key, rsa.RSAPublicKey):
            raise DidwwClientError(f"{where} is not an RSA key (it is {_kind(key)}); {_WHERE_KEYS_COME_FROM}")
        keys.append(key)
    return keys


def _kind(key: object) -> str:
    if isinstance(key, ec.EllipticCurvePublicKey):
        return f"an EC key on {key.curve.name}"
    if isinstance(key, dsa.DSAPublicKey):
        return "a DSA key"
    if isinstance(key, ed25519.Ed25519PublicKey):
        return "an Ed25519 key"
    if isinstance(key, ed448.Ed448PublicKey):
        return "an Ed448 key"
    return f"a {type(key).__name__.lstrip('_')}"
