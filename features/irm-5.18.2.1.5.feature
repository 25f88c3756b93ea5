Feature: IRM 5.18.2.1.5 Program Controls
  Employees must offer the Enterprise e-Fax system (EEFax) or the Document Upload Tool (DUT),
  prioritizing the taxpayer's preferred method, before paper correspondence; the DUT must be used
  wherever fax is referenced in IRM 5.18.2.

  @IRM:5.18.2.1.5(5)
  Rule: digital tools are offered and declined before paper correspondence

    Background:
      Given a request for information worked under IRM 5.18.2.1.5(5)
      And the digital tools available are EEFax and the Document Upload Tool (DUT)

    Scenario: EEFax or the DUT is offered when requesting information
      Then the employee offers EEFax next
      And the decision cites IRM 5.18.2.1.5(5)

    Scenario: the preferred DUT is offered before EEFax
      Given the taxpayer prefers the Document Upload Tool (DUT)
      Then the employee offers the Document Upload Tool (DUT) next

    Scenario: a taxpayer who cannot use EEFax is offered the DUT, not paper
      When the employee offers EEFax and the taxpayer cannot use it
      Then the employee offers the Document Upload Tool (DUT) next
      And postal mail may not be offered yet

    Scenario: postal mail only for a taxpayer who cannot or will not use either
      When the employee offers EEFax and the taxpayer cannot use it
      And the employee offers the Document Upload Tool (DUT) and the taxpayer will not use it
      Then postal mail may be offered
      And the decision cites IRM 5.18.2.1.5(5)

    Scenario: a tax return follows current guidance where digital signatures are not acceptable
      Then a digital tool does not replace the authorized means of filing the tax return
      And the reason is "tax_return_note"

  Rule: in IRM 5.18.2 the Document Upload Tool must be used wherever fax is referenced

    @IRM:5.18.2.1.5(6)
    Scenario Outline: where IRM 5.18.2 references fax and the DUT <is> available, the DUT is "<standing>"
      Given a Document Upload Tool case worked under IRM 5.18.2
      And the Document Upload Tool <is> available
      When a passage of the program references fax as an acceptable means of securing documents
      Then the DUT is "<standing>" there

      Examples:
        | is     | standing      |
        | is     | must be used  |
        | is not | not available |

    @IRM:5.18.2.1.5(6)
    Scenario: an IRM 5.18.2 Unique Access Code is accepted once and refused the second time
      Given a Document Upload Tool case worked under IRM 5.18.2
      And the employee has given the taxpayer a Unique Access Code
      And the taxpayer has already uploaded "bank-statement.pdf" with that code
      When the taxpayer uploads "lease.pdf" of 52000 bytes with that code
      Then the upload is refused with "access_code_reused"

    @IRM:5.18.2.1.5(7)
    Scenario: in IRM 5.18.2 a taxpayer with the documents on the phone must submit them with the DUT
      Given a Document Upload Tool case worked under IRM 5.18.2
      When the taxpayer has the necessary documents available during the call
      Then the instruction is that the taxpayer "must submit the documents using the DUT"
      And the employee's DUT steps are, in order:
        | generate a Unique Access Code                                                     |
        | provide the taxpayer the Unique Access Code and the URL www.irs.gov/sendmyreply |
        | advise the taxpayer to read and follow the screen prompts                         |
        | retrieve the files as soon as they are uploaded                                   |

    @IRM:5.18.2.1.5(7)
    Scenario Outline: in IRM 5.18.2 "<name>" of <bytes> bytes is <verdict>
      Given a Document Upload Tool case worked under IRM 5.18.2
      And the employee has given the taxpayer a Unique Access Code
      When the taxpayer uploads "<name>" of <bytes> bytes with that code
      Then the file "<name>" is <verdict> citing "<reason>"

      Examples:
        | name          | bytes    | verdict  | reason                |
        | statement.pdf | 15728640 | received | size_within_limit     |
        | statement.pdf | 15728641 | refused  | file_too_large        |
        | SCAN.JPG      | 48000    | received | extension_allowed     |
        | scan.png      | 48000    | received | extension_allowed     |
        | photo.jpeg    | 48000    | refused  | extension_not_allowed |
        | image.gif     | 48000    | refused  | extension_not_allowed |
        | notes.docx    | 48000    | refused  | extension_not_allowed |

    @IRM:5.18.2.1.5(7)
    Scenario: in IRM 5.18.2 a file received through the DUT is labelled with the date and time
      Given a Document Upload Tool case worked under IRM 5.18.2
      And the employee has given the taxpayer a Unique Access Code
      When the taxpayer uploads "lease.pdf" of 52000 bytes with that code at 2026-03-02 09:30:00 UTC
      Then the file "lease.pdf" is labelled "Received 2026-03-02 09:30:00 UTC"
      And the employee can retrieve "lease.pdf" from 2026-03-02 09:30:00 UTC
