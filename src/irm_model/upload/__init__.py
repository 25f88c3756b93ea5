"""The Document Upload Tool (DUT): access codes, allowed files, receipts, and how each program uses it.

Three IRM programs describe the DUT in nearly the same words, but they do not give it the same
force, and the model keeps them apart ([`DutProgram`][irm_model.upload.programs.DutProgram]):

| program | where the text references | the DUT | the taxpayer with documents on the phone |
|---|---|---|---|
| IRM 5.18.2 | fax | **must be used** (5.18.2.1.5(6)) | **must** submit them with the DUT (5.18.2.1.5(7)) |
| IRM 5.19.1 | EEFax | **will also be acceptable** (5.19.1.2(14)) | **may** submit them with the DUT (5.19.1.2(15)) |
| IRM 5.19.11 | fax | **will also be accepted** (5.19.11.3.2.5(1)) | **must be offered** the DUT (5.19.11.3.2.5(2)) |

Each only "when available".

The package has three parts:

* [irm_model.upload.programs][]: the three programs, what the DUT is where each references fax
  (or EEFax), what the taxpayer with documents on the phone is told, and who works an upload.
* [irm_model.upload.access_codes][]: the one-time Unique Access Code, generated, issued and
  accepted once.
* [irm_model.upload.files][]: the files the DUT accepts, and a submission with a code.

The facts they share are constants, each next to the paragraph it comes from (the first of
the three paragraphs that repeat it): the access code
([`ACCESS_CODE_LENGTH`][irm_model.upload.access_codes.ACCESS_CODE_LENGTH],
[`ACCESS_CODE_ALPHABET`][irm_model.upload.access_codes.ACCESS_CODE_ALPHABET]), the address
([`DUT_URL`][irm_model.upload.programs.DUT_URL]), the file types
([`ALLOWED_EXTENSIONS`][irm_model.upload.files.ALLOWED_EXTENSIONS]) and the size limit
([`MAX_FILE_BYTES`][irm_model.upload.files.MAX_FILE_BYTES]). Decisions cite the paragraph of the
program they are made in.

Decisions this package takes where the memorandum is silent:

* **Alphabet.** "10-digit alphanumeric": codes are generated from the 36 characters ``A``-``Z``
  and ``0``-``9``. A code is accepted **whatever its case** (``ab12cd34ef`` is ``AB12CD34EF``):
  codes are only ever generated in upper case, so this costs no secrecy, and a taxpayer who types
  what was read to them on the phone in lower case is not turned away. Surrounding spaces are
  ignored; any other character makes the code malformed.
* **Generation.** With a cryptographically secure source (``secrets.SystemRandom``); the source
  can be passed in so that tests are repeatable. Each character is drawn uniformly from the 36,
  so a code carries 10 · log2(36) ≈ 51.7 bits drawn from ``secrets``: 36^10 = 3,656,158,440,062,976
  possible codes.
* **One use.** A code is used up by the first submission that delivers at least one file. A
  submission whose every file is refused delivers nothing and leaves the code unused, so the
  taxpayer can try again with allowed files. Codes are compared in constant time
  (``hmac.compare_digest``) and never shown: ``str()`` and ``repr()`` print ``**********``.
* **No expiry.** The memorandum makes the code "one-time use only" but gives it no lifetime, so
  none is modelled: a code stays usable until it is used.
* **Extensions** are compared without regard to case (``SCAN.PDF`` is a ``.pdf``): the case of a
  file name does not change the file's type, and scanners and phones often write upper case.
  Only the three listed extensions are allowed: ``.jpeg`` is refused although it is the same
  format as ``.jpg``, because the memorandum says "ONLY".
* **15 mb** is read as 15 MiB, 15 * 1024 * 1024 = 15,728,640 bytes, the generous reading:
  Windows shows file sizes in these units and labels them "MB", so no file a taxpayer's computer
  shows as "15 MB" or less is refused. 15,728,640 bytes are accepted, 15,728,641 refused.
"""
