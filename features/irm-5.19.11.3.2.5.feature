Feature: IRM 5.19.11.3.2.5 DUT
  In Withholding Compliance the Document Upload Tool (DUT) will also be accepted, when available,
  wherever fax is referenced as an acceptable means of securing documents, and the employee must
  offer a taxpayer who has the documents during the call the option to submit them with it: a
  one-time Unique Access Code, the site www.irs.gov/sendmyreply, only .pdf, .jpg and .png files of
  at most 15 mb each, received files labelled with the date and time.

  Rule: the DUT will also be accepted, when available, wherever IRM 5.19.11 references fax

    @IRM:5.19.11.3.2.5(1)
    Scenario Outline: where IRM 5.19.11 references fax, the DUT is <standing> when it <is> available
      Given a Document Upload Tool case worked under IRM 5.19.11
      And the Document Upload Tool <is> available
      When a passage of the program references fax as an acceptable means of securing documents
      Then the DUT is "<standing>" there

      Examples:
        | is     | standing        |
        | is     | also acceptable |
        | is not | not available   |

  Rule: a Unique Access Code is ten letters and digits, provided by the employee, accepted once

    @IRM:5.19.11.3.2.5(1)
    Scenario Outline: a first upload of "<name>": <received> received and the one-time code is <state>
      Given a Document Upload Tool case worked under IRM 5.19.11
      And the employee has given the taxpayer a Unique Access Code
      When the taxpayer uploads "<name>" of 48000 bytes with that code
      Then <received> received
      And the Unique Access Code is <state>

      Examples:
        | name        | received    | state        |
        | paystub.pdf | 1 file is   | used up      |
        | photo.jpeg  | 0 files are | still unused |

    @IRM:5.19.11.3.2.5(1)
    Scenario: a Unique Access Code is refused the second time
      Given a Document Upload Tool case worked under IRM 5.19.11
      And the employee has given the taxpayer a Unique Access Code
      And the taxpayer has already uploaded "paystub.pdf" with that code
      When the taxpayer uploads "w2.pdf" of 52000 bytes with that code
      Then the upload is refused with "access_code_reused"

    @IRM:5.19.11.3.2.5(1)
    Scenario: a code no employee provided is refused
      Given a Document Upload Tool case worked under IRM 5.19.11
      And the employee has given the taxpayer a Unique Access Code
      When the taxpayer uploads "paystub.pdf" of 48000 bytes with the code "ZZZZZZZZZ9"
      Then the upload is refused with "access_code_unknown"

    @IRM:5.19.11.3.2.5(1)
    Scenario Outline: a code typed as "<typed>" is <verdict>
      Given a Document Upload Tool case worked under IRM 5.19.11
      And the employee has given the taxpayer the Unique Access Code "K7Q2M9X4B1"
      When the taxpayer uploads "paystub.pdf" of 48000 bytes with the code "<typed>"
      Then the upload is <verdict>

      Examples:
        | typed        | verdict                                    |
        | K7Q2M9X4B1   | received                                   |
        | k7q2m9x4b1   | received                                   |
        | K7Q2M9X4B    | refused with "access_code_malformed"       |
        | K7Q2M9X4B12  | refused with "access_code_malformed"       |
        | K7Q2-M9X4B1  | refused with "access_code_malformed"       |
        | K7Q2M9X4B2   | refused with "access_code_unknown"         |

  Rule: the employee must offer a taxpayer who has the documents during the call the option to submit them using the DUT

    @IRM:5.19.11.3.2.5(2)
    Scenario: the employee must offer the taxpayer with the documents on the phone the option to submit them using the DUT
      Given a Document Upload Tool case worked under IRM 5.19.11
      When the taxpayer has the necessary documents available during the call
      Then the instruction is that the taxpayer "must be offered the option to submit the documents using the DUT"
      And the reason cites "IRM 5.19.11.3.2.5(2)"

    @IRM:5.19.11.3.2.5(2)
    Scenario Outline: only .pdf, .jpg and .png files can be uploaded: "<name>" is <verdict>
      Given a Document Upload Tool case worked under IRM 5.19.11
      And the employee has given the taxpayer a Unique Access Code
      When the taxpayer uploads "<name>" of 48000 bytes with that code
      Then the file "<name>" is <verdict> citing "<reason>"

      Examples:
        | name              | verdict  | reason                |
        | statement.pdf     | received | extension_allowed     |
        | photo.jpg         | received | extension_allowed     |
        | scan.png          | received | extension_allowed     |
        | SCAN.PDF          | received | extension_allowed     |
        | Photo.Jpg         | received | extension_allowed     |
        | photo.jpeg        | refused  | extension_not_allowed |
        | image.gif         | refused  | extension_not_allowed |
        | letter.docx       | refused  | extension_not_allowed |
        | statement.pdf.exe | refused  | extension_not_allowed |
        | statement         | refused  | extension_not_allowed |

    @IRM:5.19.11.3.2.5(2)
    Scenario Outline: a file of <bytes> bytes is <verdict>: at most 15 mb per file
      Given a Document Upload Tool case worked under IRM 5.19.11
      And the employee has given the taxpayer a Unique Access Code
      When the taxpayer uploads "statement.pdf" of <bytes> bytes with that code
      Then the file "statement.pdf" is <verdict> citing "<reason>"

      Examples:
        | bytes    | verdict  | reason            |
        | 15000000 | received | size_within_limit |
        | 15728640 | received | size_within_limit |
        | 15728641 | refused  | file_too_large    |
        | 52428800 | refused  | file_too_large    |

    @IRM:5.19.11.3.2.5(2)
    Scenario: several files can be uploaded at once, each checked on its own
      Given a Document Upload Tool case worked under IRM 5.19.11
      And the employee has given the taxpayer a Unique Access Code
      When the taxpayer uploads these files with that code:
        | name         | bytes    |
        | w2.pdf       | 52000    |
        | paystub.jpg  | 1200000  |
        | 1099.png     | 15728640 |
        | notes.docx   | 20000    |
      Then 3 files are received
      And the file "notes.docx" is refused citing "extension_not_allowed"

    @IRM:5.19.11.3.2.5(2)
    Scenario Outline: a received file is labelled with the date and time, and at <moment> it <can> be retrieved
      Given a Document Upload Tool case worked under IRM 5.19.11
      And the employee has given the taxpayer a Unique Access Code
      When the taxpayer uploads "paystub.pdf" of 48000 bytes with that code at 2026-03-02 14:05:09 UTC
      Then the file "paystub.pdf" is labelled "Received 2026-03-02 14:05:09 UTC"
      And the employee <can> retrieve "paystub.pdf" at <moment>

      Examples:
        | moment                  | can    |
        | 2026-03-02 14:05:08 UTC | cannot |
        | 2026-03-02 14:05:09 UTC | can    |
