"""The fake's encryption keys: a real RSA key pair (A and B), generated on first use, and decryption of
uploaded files in the format ``didww_gen.encryption`` writes (RSA-OAEP SHA-256 sealed AES-256-CBC)."""

from __future__ import annotations

import random

from cryptography.exceptions import InvalidKey
from cryptography.hazmat.primitives import hashes, padding, serialization
from cryptography.hazmat.primitives.asymmetric import padding as asym_padding
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from didww_gen.encryption import calculate_fingerprint

KEY_BITS = 2048
_OAEP = asym_padding.OAEP(mgf=asym_padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


class NotDecryptable(Exception):
    """The upload is not a file encrypted with both of the fake's public keys."""


class FakeKeys:
    """Key A and key B, as ``GET /public_keys`` lists them."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._private: list[rsa.RSAPrivateKey] = []

    @property
    def private(self) -> list[rsa.RSAPrivateKey]:
        if not self._private:
            self._private = [rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS) for _ in range(2)]
        return self._private

    @property
    def pems(self) -> list[str]:
        return [
            key.public_key()
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
            .decode()
            for key in self.private
        ]

    @property
    def fingerprint(self) -> str:
        return calculate_fingerprint(self.pems)

    def decrypt(self, data: bytes) -> bytes:
        """The plaintext; both sealed copies of the AES key must open and agree."""
        size = KEY_BITS // 8
        if len(data) < 2 * size + 16:
            raise NotDecryptable("too short to hold two sealed keys and one AES block")
        try:
            sealed = [key.decrypt(data[i * size : (i + 1) * size], _OAEP) for i, key in enumerate(self.private)]
        except (ValueError, InvalidKey):
            raise NotDecryptable("a sealed AES key does not open with the matching private key") from None
        if len(set(sealed)) != 1 or len(sealed[0]) != 48:
            raise NotDecryptable("the two sealed AES keys differ")
        decryptor = Cipher(algorithms.AES(sealed[0][:32]), modes.CBC(sealed[0][32:])).decryptor()
        try:
            padded = decryptor.update(data[2 * size :]) + decryptor.finalize()
            unpadder = padding.PKCS7(algorithms.AES.block_size).unpadder()
            return unpadder.update(padded) + unpadder.finalize()
        except ValueError:
            raise NotDecryptable("the content is not AES-256-CBC with PKCS#7 padding") from None
