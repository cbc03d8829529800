"""File encryption for ``/encrypted_files``: round trips through freshly generated private keys."""

from __future__ import annotations

import base64
import hashlib
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import pytest
from cryptography.hazmat.primitives import hashes, padding, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric import padding as asym_padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from didww_gen.encryption import EncryptionKeys, calculate_fingerprint, encrypt_with_keys, fetch_public_keys
from didww_gen.errors import DidwwClientError

KEY_BYTES = 256  # 2048-bit keys


@pytest.fixture(scope="module")
def private_keys() -> tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]:
    return (
        rsa.generate_private_key(public_exponent=65537, key_size=2048),
        rsa.generate_private_key(public_exponent=65537, key_size=2048),
    )


def pem_of(key: rsa.RSAPrivateKey) -> str:
    spki = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return spki.decode("ascii")


@pytest.fixture(scope="module")
def pems(private_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]) -> list[str]:
    return [pem_of(key) for key in private_keys]


OAEP = asym_padding.OAEP(mgf=asym_padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)


def decrypt(blob: bytes, private_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]) -> bytes:
    key_a, key_b = private_keys
    sealed_a, sealed_b, ciphertext = blob[:KEY_BYTES], blob[KEY_BYTES : 2 * KEY_BYTES], blob[2 * KEY_BYTES :]
    key_and_iv = key_a.decrypt(sealed_a, OAEP)
    assert len(key_and_iv) == 48
    assert key_b.decrypt(sealed_b, OAEP) == key_and_iv
    decryptor = Cipher(algorithms.AES(key_and_iv[:32]), modes.CBC(key_and_iv[32:])).decryptor()
    padded = decryptor.update(ciphertext) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return unpadder.update(padded) + unpadder.finalize()


@pytest.mark.parametrize("size", [0, 1, 15, 16, 17, 1024 * 1024])
def test_round_trip(size: int, pems: list[str], private_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]) -> None:
    data = bytes(i * 7 % 251 for i in range(size))
    blob = encrypt_with_keys(data, pems)
    padded_length = (size // 16 + 1) * 16
    assert len(blob) == 2 * KEY_BYTES + padded_length
    assert decrypt(blob, private_keys) == data


def test_each_encryption_uses_a_new_key(
    pems: list[str], private_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]
) -> None:
    data = b"same file twice"
    first, second = encrypt_with_keys(data, pems), encrypt_with_keys(data, pems)
    assert first != second
    assert first[2 * KEY_BYTES :] != second[2 * KEY_BYTES :]
    assert decrypt(first, private_keys) == decrypt(second, private_keys) == data


def test_bytes_pems_and_bytearray_data(
    pems: list[str], private_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]
) -> None:
    blob = encrypt_with_keys(bytes(bytearray(b"abc")), [pem.encode("ascii") for pem in pems])
    assert decrypt(blob, private_keys) == b"abc"
    assert decrypt(encrypt_with_keys(bytearray(b"xyz"), pems), private_keys) == b"xyz"  # type: ignore[arg-type]


def spki_sha1(pem: str) -> str:
    body = "".join(line for line in pem.strip().splitlines() if not line.startswith("-----"))
    return hashlib.sha1(base64.b64decode(body)).hexdigest()


def test_fingerprint(pems: list[str]) -> None:
    first, second = spki_sha1(pems[0]), spki_sha1(pems[1])
    assert calculate_fingerprint(pems) == f"{first}:::{second}"
    assert calculate_fingerprint(list(reversed(pems))) == f"{second}:::{first}"
    assert len(first) == 40 and first == first.lower()


def test_fingerprint_is_of_the_spki_even_for_a_pkcs1_pem(
    pems: list[str], private_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]
) -> None:
    pkcs1 = private_keys[0].public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.PKCS1)
    assert pkcs1.startswith(b"-----BEGIN RSA PUBLIC KEY-----")
    assert calculate_fingerprint([pkcs1, pems[1]]) == calculate_fingerprint(pems)


def test_wrong_number_of_keys(pems: list[str]) -> None:
    with pytest.raises(DidwwClientError, match=r"exactly 2 public keys are required \(A and B\), 1 given"):
        encrypt_with_keys(b"x", pems[:1])
    with pytest.raises(DidwwClientError, match=r"exactly 2 public keys are required .*, 3 given"):
        calculate_fingerprint([*pems, pems[0]])
    with pytest.raises(DidwwClientError, match="0 given"):
        calculate_fingerprint([])


def test_a_single_string_is_not_a_list_of_keys(pems: list[str]) -> None:
    with pytest.raises(DidwwClientError, match=r"sequence of 2 PEM strings, not a single str; pass \[key_a, key_b\]"):
        calculate_fingerprint(pems[0])


def test_garbage_pem(pems: list[str]) -> None:
    with pytest.raises(DidwwClientError, match="public key 2 of 2 is not a readable PEM public key") as info:
        encrypt_with_keys(b"x", [pems[0], "-----BEGIN PUBLIC KEY-----\nnot base64 at all\n-----END PUBLIC KEY-----\n"])
    assert "client.public_keys.list()" in str(info.value)
    with pytest.raises(DidwwClientError, match="public key 1 of 2 is not a readable PEM public key"):
        calculate_fingerprint(["hello", pems[1]])
    with pytest.raises(DidwwClientError, match="public key 1 of 2 is not a readable PEM public key"):
        calculate_fingerprint(["cl\u00e9", pems[1]])
    with pytest.raises(DidwwClientError, match="public key 2 of 2 is a NoneType, not a PEM string"):
        calculate_fingerprint([pems[0], None])  # type: ignore[list-item]


def test_ec_key_is_refused(pems: list[str]) -> None:
    ec_pem = (
        ec.generate_private_key(ec.SECP256R1())
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode("ascii")
    )
    with pytest.raises(
        DidwwClientError, match="public key 2 of 2 is not an RSA key \\(it is an EC key on secp256r1\\)"
    ):
        encrypt_with_keys(b"x", [pems[0], ec_pem])
    with pytest.raises(DidwwClientError, match="public key 1 of 2 is not an RSA key"):
        calculate_fingerprint([ec_pem, pems[1]])


def test_rsa_key_too_small_for_oaep(pems: list[str]) -> None:
    small = rsa.RSAPublicNumbers(65537, (1 << 767) | 0xABCDEF).public_key()
    small_pem = small.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    with pytest.raises(DidwwClientError, match=r"public key 1 of 2 is a 768-bit RSA key, too small .* 912 bits"):
        encrypt_with_keys(b"x", [small_pem, pems[1]])


def test_data_must_be_bytes(pems: list[str]) -> None:
    with pytest.raises(DidwwClientError, match=r"must be bytes .*, not str; read the file in binary mode"):
        encrypt_with_keys("text", pems)  # type: ignore[arg-type]


@dataclass
class FakeKey:
    key: str | None


@dataclass
class FakePublicKeys:
    keys: Sequence[FakeKey]
    calls: int = 0
    delay: float = 0.0

    def list(self) -> Sequence[FakeKey]:
        self.calls += 1
        time.sleep(self.delay)
        return self.keys


@dataclass
class FakeClient:
    public_keys: FakePublicKeys = field(default_factory=lambda: FakePublicKeys([]))


def test_fetch_public_keys(pems: list[str]) -> None:
    client = FakeClient(FakePublicKeys([FakeKey(pems[0]), FakeKey(pems[1])]))
    assert fetch_public_keys(client) == pems
    assert client.public_keys.calls == 1
    with pytest.raises(DidwwClientError, match="public key 2 returned by the API has no `key` value"):
        fetch_public_keys(FakeClient(FakePublicKeys([FakeKey(pems[0]), FakeKey(None)])))


def test_encryption_keys_fetch_once_until_refresh(
    pems: list[str], private_keys: tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]
) -> None:
    client = FakeClient(FakePublicKeys([FakeKey(pems[0]), FakeKey(pems[1])]))
    keys = EncryptionKeys(client)
    assert client.public_keys.calls == 0 and "not fetched" in repr(keys)
    assert keys.pems() == pems
    assert keys.fingerprint() == calculate_fingerprint(pems)
    assert decrypt(keys.encrypt(b"cached"), private_keys) == b"cached"
    assert client.public_keys.calls == 1

    client.public_keys.keys = [FakeKey(pems[1]), FakeKey(pems[0])]
    assert keys.pems() == pems  # still the kept ones
    assert keys.refresh() == [pems[1], pems[0]]
    assert client.public_keys.calls == 2
    assert keys.pems() == [pems[1], pems[0]]
    assert keys.fingerprint() == calculate_fingerprint([pems[1], pems[0]])
    assert client.public_keys.calls == 2


def test_encryption_keys_concurrent_first_use_fetches_once(pems: list[str]) -> None:
    client = FakeClient(FakePublicKeys([FakeKey(pems[0]), FakeKey(pems[1])], delay=0.05))
    keys = EncryptionKeys(client)
    results: list[list[str]] = []
    start = threading.Barrier(8)

    def use() -> None:
        start.wait()
        results.append(keys.pems())

    threads = [threading.Thread(target=use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [pems] * 8
    assert client.public_keys.calls == 1
