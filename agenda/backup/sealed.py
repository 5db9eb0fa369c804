"""The backup file: a short readable header, then the contents encrypted and sealed.

Layout (big-endian), version 1:

    16 bytes  "Vliegwiel backup"     says what the file is, to a person and to us
     2 bytes  format version (1)     version 1 = scrypt + AES-256-GCM, as below
     4 bytes  scrypt N (cost)        \
     4 bytes  scrypt r (block size)   } the key derivation's parameters, so that a later
     4 bytes  scrypt p (parallel)    /  version can raise them and still read old files
    16 bytes  salt                   random per file
    12 bytes  nonce                  random per file
     8 bytes  length of the ciphertext and its tag
     4 bytes  CRC-32 of the header above
     n bytes  ciphertext + 16-byte tag   AES-256-GCM; the header above is its associated
                                         data, so no byte of it can change unnoticed
    32 bytes  SHA-256 of everything before it

The header's layout stays as it is in later versions (they raise the version number and
the scrypt parameters, and put anything new inside the encryption), so that every
version can tell its own files from older and newer ones.

The key is derived from the passphrase (Unicode NFC, UTF-8: the same typed on Windows
and on a Mac) with scrypt, memory-hard, so that guessing passphrases of a stolen file
costs 128 MiB and a good fraction of a second per guess. Both come from the well-kept
`cryptography` package: nothing here is home-made cryptography.

The CRC-32 and the SHA-256 are not for secrecy: they tell a cut-off file, a damaged one
and a wrong passphrase apart before any passphrase is asked, which authenticated
encryption alone cannot (all of them only fail its tag). The header's own checksum keeps
a changed length field from passing for a cut-off file. Whoever alters a file on purpose
and fixes the checksums still fails the tag: the file is then refused as having the
wrong passphrase.
"""

from __future__ import annotations

import hashlib
import os
import struct
import unicodedata
import zlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from agenda.errors import VliegwielError

MAGIC = b"Vliegwiel backup"
VERSION = 1
HEADER = struct.Struct(">16sHIII16s12sQ")
HEADER_CHECK = struct.Struct(">I")
CHECKSUM = 32
TAG = 16
KEY_BYTES = 32


@dataclass(frozen=True)
class ScryptCost:
    """scrypt's parameters: memory is 128 × n × r bytes, time grows with n × r × p."""

    n: int
    r: int
    p: int

    @property
    def memory(self) -> int:
        return 128 * self.n * self.r * self.p


DEFAULT_COST = ScryptCost(n=2**17, r=8, p=1)
"""128 MiB, about 0.4 s on a 2.5 GHz laptop core: the values OWASP recommends for scrypt."""

MAX_MEMORY = 2**30
"""The most a backup may ask scrypt to use (1 GiB): a file that asks more is not read,
so that a crafted header cannot exhaust a laptop's memory."""


@dataclass(frozen=True)
class Sealed:
    """A backup file whose layout and checksum are right; its passphrase is not known yet."""

    header: bytes
    cost: ScryptCost
    salt: bytes
    nonce: bytes
    ciphertext: bytes


def seal(plain: bytes, passphrase: str, cost: ScryptCost = DEFAULT_COST) -> bytes:
    """The whole backup file for `plain`, encrypted with a key from `passphrase`."""
    salt, nonce = os.urandom(16), os.urandom(12)
    length = len(plain) + TAG
    header = HEADER.pack(MAGIC, VERSION, cost.n, cost.r, cost.p, salt, nonce, length)
    ciphertext = AESGCM(_key(passphrase, salt, cost)).encrypt(nonce, plain, header)
    body = header + HEADER_CHECK.pack(zlib.crc32(header)) + ciphertext
    return body + hashlib.sha256(body).digest()


def inspect(data: bytes) -> Sealed:
    """Check what can be checked without the passphrase; one sentence if it fails.

    Another program's file, a file cut off while copying and a file with changed bytes
    each get their own sentence, so that the chair knows what to do about it.
    """
    if not data.startswith(MAGIC):
        if MAGIC.startswith(data):  # empty, or cut off within its first words
            raise VliegwielError("backup.cut_off")
        near = sum(a != b for a, b in zip(data[: len(MAGIC)], MAGIC, strict=False)) == 1
        if not near or len(data) < len(MAGIC):
            raise VliegwielError("backup.not_ours")
        # One byte changed in those words: ours, damaged; the checksum below says so.
    start = HEADER.size + HEADER_CHECK.size
    if len(data) < start + CHECKSUM:
        raise VliegwielError("backup.cut_off")
    header = data[: HEADER.size]
    (check,) = HEADER_CHECK.unpack_from(data, HEADER.size)
    if zlib.crc32(header) != check:
        raise VliegwielError("backup.damaged")
    _, version, n, r, p, salt, nonce, length = HEADER.unpack(header)
    if version != VERSION:
        raise VliegwielError("backup.other_version")
    if len(data) < start + length + CHECKSUM:
        raise VliegwielError("backup.cut_off")
    intact = hashlib.sha256(data[:-CHECKSUM]).digest() == data[-CHECKSUM:]
    if len(data) > start + length + CHECKSUM or length < TAG or not intact:
        raise VliegwielError("backup.damaged")
    cost = ScryptCost(n, r, p)
    usable = n >= 2 and n & (n - 1) == 0 and r >= 1 and p >= 1 and cost.memory <= MAX_MEMORY
    if not usable:
        raise VliegwielError("backup.other_version")
    return Sealed(header, cost, salt, nonce, data[start:-CHECKSUM])


def unseal(sealed: Sealed, passphrase: str) -> bytes:
    """The contents, or one sentence when the passphrase does not open them."""
    key = _key(passphrase, sealed.salt, sealed.cost)
    try:
        return AESGCM(key).decrypt(sealed.nonce, sealed.ciphertext, sealed.header)
    except InvalidTag:
        raise VliegwielError("backup.wrong_passphrase") from None


def _key(passphrase: str, salt: bytes, cost: ScryptCost) -> bytes:
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")
    kdf = Scrypt(salt=salt, length=KEY_BYTES, n=cost.n, r=cost.r, p=cost.p)
    return kdf.derive(secret)
