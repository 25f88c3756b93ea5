Feature: IRM 5.19.1.2 Balance Due Overview
  "When requesting information, employees must offer, and encourage taxpayers and their
  representatives to use, available digital communication tools for customer assistance, including
  the Enterprise e-Fax system (EEFax) and Document Upload Tool (DUT), ..., prioritizing the
  taxpayers preferred digital communication method." Paper correspondence only after they are
  offered and declined; postal mail only for taxpayers who cannot or will not use them.

  @IRM:5.19.1.2(13)
  Rule: EEFax and the DUT are offered and declined before paper correspondence is used

    Background:
      Given an employee requests information from the taxpayer under IRM 5.19.1.2(13) on 2026-03-02
      And the digital tools available are EEFax and the Document Upload Tool (DUT)

    Scenario: the paragraph names EEFax and the DUT as tools the employee must offer
      Then the tools IRM 5.19.1.2(13) names as "must offer" are EEFax and the Document Upload Tool (DUT)

    Scenario: with no preference stated, the employee offers an available digital tool
      Then the next step is to offer one of the available digital tools
      And the reason for offering the digital tools cites "IRM 5.19.1.2(13)"

    Scenario: the preferred DUT is offered before EEFax
      Given the taxpayer prefers the Document Upload Tool (DUT)
      Then the employee offers the Document Upload Tool (DUT) next
      And the reason for prioritizing the preferred method cites "IRM 5.19.1.2(13)"

    Scenario: a preferred tool that is not available gives way to an available one
      Given the taxpayer prefers Live Assistance (Text Chat)
      Then the next step is to offer one of the available digital tools

    Scenario: a taxpayer who will not use EEFax is offered the DUT before paper
      When the employee offers EEFax and the taxpayer will not use it
      Then the employee offers the Document Upload Tool (DUT) next
      And postal mail may not be offered yet
      And the reason for holding back postal mail cites "IRM 5.19.1.2(13)"

    Scenario Outline: EEFax answered "<eefax>", the DUT "<dut>": postal mail <verdict>
      When the employee offers EEFax and <eefax>
      And the employee offers the Document Upload Tool (DUT) and <dut>
      Then postal mail <verdict>
      And the reason cites "IRM 5.19.1.2(13)"

      Examples:
        | eefax                        | dut                          | verdict                |
        | the taxpayer cannot use it   | it is exhausted              | may be offered         |
        | the taxpayer will not use it | the taxpayer will not use it | may be offered         |
        | the taxpayer cannot use it   | the taxpayer accepts it      | may not be offered yet |

    Scenario: a representative is offered EEFax and the DUT too
      Given the employee is speaking with the taxpayer's representative
      Then the employee offers EEFax next
      And the reason cites "IRM 5.19.1.2(13)"

    Scenario: a taxpayer who will not use any digital tool is not required to: postal mail may be offered

      When the employee offers each available digital tool and the taxpayer will not use any of them

      Then postal mail may be offered
      And the reason for not requiring digital tools cites "IRM 5.19.1.2(13)"

    Scenario: a tax return is cited to the Procedural Change alone, this paragraph has no Note on returns
      Given the information requested is a tax return
      And digital signatures are not acceptable for the return
      Then the mandate gives way to current guidance for securing the return
      And the reason for the tax return cites only "SBSE-05-0126-0020(3)"

  Rule: in IRM 5.19.1 the Document Upload Tool will also be acceptable, when available, wherever EEFax is referenced, and the taxpayer may submit with it

    @IRM:5.19.1.2(14)
    Scenario Outline: where IRM 5.19.1 references EEFax and the DUT <is> available, the DUT is "<standing>"
      Given a Document Upload Tool case worked under IRM 5.19.1
      And the Document Upload Tool <is> available
      When a passage of the program references EEFax as an acceptable means of securing documents
      Then the DUT is "<standing>" there

      Examples:
        | is     | standing        |
        | is     | also acceptable |
        | is not | not available   |

    @IRM:5.19.1.2(14)
    Scenario: an IRM 5.19.1 Unique Access Code is accepted once and refused the second time
      Given a Document Upload Tool case worked under IRM 5.19.1
      And the employee has given the taxpayer a Unique Access Code
      And the taxpayer has already uploaded "installment-agreement.pdf" with that code
      When the taxpayer uploads "bank-statement.pdf" of 52000 bytes with that code
      Then the upload is refused with "access_code_reused"

    @IRM:5.19.1.2(14)
    Scenario: an upload with a Unique Access Code an employee provided goes to the requesting employee
      When a taxpayer uploads with a Unique Access Code an employee provided
      Then the upload goes to "the requesting employee"
      And the reason cites "IRM 5.19.1.2(14)"

    @IRM:5.19.1.2(15)
    Scenario: in IRM 5.19.1 a taxpayer with the documents on the phone is told they may submit them using the DUT
      Given a Document Upload Tool case worked under IRM 5.19.1
      When the taxpayer has the necessary documents available during the call
      Then the instruction is that the taxpayer "may submit the documents using the DUT"
      And the reason cites "IRM 5.19.1.2(15)"

    @IRM:5.19.1.2(15)
    Scenario Outline: in IRM 5.19.1 "<name>" of <bytes> bytes is <verdict>
      Given a Document Upload Tool case worked under IRM 5.19.1
      And the employee has given the taxpayer a Unique Access Code
      When the taxpayer uploads "<name>" of <bytes> bytes with that code
      Then the file "<name>" is <verdict> citing "<reason>"

      Examples:
        | name          | bytes    | verdict  | reason                |
        | statement.pdf | 15728640 | received | size_within_limit     |
        | statement.pdf | 15728641 | refused  | file_too_large        |
        | statement.pdf | 48000    | received | extension_allowed     |
        | SCAN.PDF      | 48000    | received | extension_allowed     |
        | photo.jpg     | 48000    | received | extension_allowed     |
        | photo.jpeg    | 48000    | refused  | extension_not_allowed |
        | image.gif     | 48000    | refused  | extension_not_allowed |
        | letter.docx   | 48000    | refused  | extension_not_allowed |

    @IRM:5.19.1.2(15)
    Scenario Outline: in IRM 5.19.1 a file is labelled with the date and time, and at <moment> it <can> be retrieved
      Given a Document Upload Tool case worked under IRM 5.19.1
      And the employee has given the taxpayer a Unique Access Code
      When the taxpayer uploads "bank-statement.pdf" of 52000 bytes with that code at 2026-03-02 16:45:30 UTC
      Then the file "bank-statement.pdf" is labelled "Received 2026-03-02 16:45:30 UTC"
      And the employee <can> retrieve "bank-statement.pdf" at <moment>

      Examples:
        | moment                  | can    |
        | 2026-03-02 16:45:29 UTC | cannot |
        | 2026-03-02 16:45:30 UTC | can    |

    @IRM:5.19.1.2(16)
    Scenario: uploads through the link on outgoing correspondence are processed by CSCO and ACSS as incoming receipts
      When a taxpayer uploads through the DUT link on outgoing correspondence
      Then the upload is processed as an "incoming receipt"
      And it is processed by "CSCO" and "ACSS"
      And the reason cites "IRM 5.19.1.2(16)"
