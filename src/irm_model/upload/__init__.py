"""The Document Upload Tool (DUT): access codes, allowed files, receipts, and how each program uses it.

Three IRM programs describe the DUT in nearly the same words, but they do not give it the same
force, and the model keeps them apart ([`DutProgram`][irm_model.upload.programs.DutProgram]):

| program | where the text references | the DUT, "when available" | the taxpayer with documents on the phone |
|---|---|---|---|
| IRM 5.18.2 | fax | "**must be used**" (5.18.2.1.5(6)) | "**must submit**" (5.18.2.1.5(7)) |
| IRM 5.19.1 | EEFax | "**will also be acceptable**" (5.19.1.2(14)) | "**may submit**" (5.19.1.2(15)) |
| IRM 5.19.11 | fax | "**will also be accepted**" (5.19.11.3.2.5(1)) | "**must offer**" the option (5.19.11.3.2.5(2)) |

Every reason carries the word of force of the paragraph it cites, quoted from it.

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

Where the memorandum is silent (what "15 mb" is, .jpeg and upper-case extensions, codes typed in
lower case, a code's lifetime, masking and when it is used up), the package takes its values from
the register, [irm_model.readings][] (``Readings.fifteen_mb``, ``extension_case``, ``jpeg_refused``,
``access_code_case``, ``access_code_lifetime``, ``access_code_masked``, ``access_code_used_when``),
and each reason names the readings it rests on.

How codes are made, which the memorandum leaves to the tool: each of the 10 characters is drawn
uniformly from the 36 of [`ACCESS_CODE_ALPHABET`][irm_model.upload.access_codes.ACCESS_CODE_ALPHABET]
with a cryptographically secure source (``secrets.SystemRandom``; tests pass their own), so a code
carries 10 · log2(36) ≈ 51.7 bits: 36^10 = 3,656,158,440,062,976 possible codes. Codes are
compared in constant time (``hmac.compare_digest``).
"""
