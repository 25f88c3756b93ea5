Feature: IRM 5.18.2.1.5 Program Controls
  "When requesting information, employees must offer, and encourage taxpayers and their
  representatives to use, available digital communication tools for customer assistance, including
  the Enterprise e-Fax system (EEFax) system or Document Upload Tool (DUT) ..., prioritizing the
  taxpayers preferred digital communication method." Paper correspondence only after they are
  offered and declined; postal mail only for taxpayers who cannot or will not use them. Tax
  returns follow current guidance where digital signatures are not acceptable.

  @IRM:5.18.2.1.5(5)
  Rule: EEFax or the DUT are offered and declined before paper correspondence is used

    Background:
      Given an employee requests information from the taxpayer under IRM 5.18.2.1.5(5) on 2026-03-02
      And the digital tools available are EEFax and the Document Upload Tool (DUT)

    Scenario: the paragraph names EEFax and the DUT as tools the employee must offer
      Then the tools IRM 5.18.2.1.5(5) names as "must offer" are EEFax and the Document Upload Tool (DUT)

    Scenario: with no preference stated, the employee offers an available digital tool
      Then the next step is to offer one of the available digital tools
      And the reason for offering the digital tools cites "IRM 5.18.2.1.5(5)"

    Scenario: the preferred DUT is offered before EEFax
      Given the taxpayer prefers the Document Upload Tool (DUT)
      Then the employee offers the Document Upload Tool (DUT) next
      And the reason for prioritizing the preferred method cites "IRM 5.18.2.1.5(5)"

    Scenario: a taxpayer who cannot use EEFax is offered the DUT, not paper
      When the employee offers EEFax and the taxpayer cannot use it
      Then the employee offers the Document Upload Tool (DUT) next
      And postal mail may not be offered yet

    Scenario Outline: EEFax answered "<eefax>", the DUT "<dut>": postal mail <verdict>
      When the employee offers EEFax and <eefax>
      And the employee offers the Document Upload Tool (DUT) and <dut>
      Then postal mail <verdict>
      And the reason cites "IRM 5.18.2.1.5(5)"

      Examples:
        | eefax                          | dut                          | verdict                |
        | the taxpayer cannot use it     | the taxpayer will not use it | may be offered         |
        | it turns out to be unavailable | the taxpayer cannot use it   | may be offered         |
        | the taxpayer will not use it   | the taxpayer accepts it      | may not be offered yet |

    Scenario: a representative who will not use EEFax is offered the DUT
      Given the employee is speaking with the taxpayer's representative
      When the employee offers EEFax and the representative will not use it
      Then the employee offers the Document Upload Tool (DUT) next

    Scenario: a taxpayer who will not use any digital tool is not required to: postal mail may be offered

      When the employee offers each available digital tool and the taxpayer will not use any of them

      Then postal mail may be offered
      And the reason for not requiring digital tools cites "IRM 5.18.2.1.5(5)"

    Scenario: a tax return follows current guidance where digital signatures are not acceptable
      Given the information requested is a tax return
      And digital signatures are not acceptable for the return
      Then the mandate gives way to current guidance for securing the return
      And the reason for the tax return cites "IRM 5.18.2.1.5(5)"

    Scenario: the employee reviews and responds with EEFax and the DUT
      Then the employee reviews and responds using EEFax and the Document Upload Tool (DUT)
      And the reason cites "IRM 5.18.2.1.5(5)"

  Rule: in IRM 5.18.2 the Document Upload Tool must be used, when available, wherever fax is referenced

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
    Scenario: in IRM 5.18.2 a taxpayer with the documents on the phone is told they must submit them using the DUT
      Given a Document Upload Tool case worked under IRM 5.18.2
      When the taxpayer has the necessary documents available during the call
      Then the instruction is that the taxpayer "must submit the documents using the DUT"
      And the reason cites "IRM 5.18.2.1.5(7)"

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
        | photo.jpg     | 48000    | received | extension_allowed     |
        | SCAN.JPG      | 48000    | received | extension_allowed     |
        | scan.png      | 48000    | received | extension_allowed     |
        | photo.jpeg    | 48000    | refused  | extension_not_allowed |
        | SCAN.JPEG     | 48000    | refused  | extension_not_allowed |
        | image.gif     | 48000    | refused  | extension_not_allowed |
        | notes.docx    | 48000    | refused  | extension_not_allowed |

    @IRM:5.18.2.1.5(7)
    Scenario Outline: in IRM 5.18.2 a file is labelled with the date and time, and at <moment> it <can> be retrieved
      Given a Document Upload Tool case worked under IRM 5.18.2
      And the employee has given the taxpayer a Unique Access Code
      When the taxpayer uploads "lease.pdf" of 52000 bytes with that code at 2026-03-02 09:30:00 UTC
      Then the file "lease.pdf" is labelled "Received 2026-03-02 09:30:00 UTC"
      And the employee <can> retrieve "lease.pdf" at <moment>

      Examples:
        | moment                  | can    |
        | 2026-03-02 09:29:59 UTC | cannot |
        | 2026-03-02 09:30:00 UTC | can    |
