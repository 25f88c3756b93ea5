Feature: IRM 5.19.11.7.1.2 Calculating Withholding Rate
  Securing what is needed to calculate a withholding rate: at least one telephone attempt before
  correspondence; a calculation completed while speaking to the taxpayer needs no written form; a
  taxpayer current in filing is checked against the last return; a nonfiler files the original
  return and sends a copy by Eefax, the Document Upload Tool (DUT) or mail, digital tools first.

  @IRM:5.19.11.7.1.2(2)
  Scenario Outline: insufficient information after <attempts> telephone attempts: "<step>"
    Given the information the taxpayer sent is insufficient to figure the correct withholding rate
    And <attempts> attempts have been made to reach the taxpayer by telephone
    When the employee decides how to secure the missing information
    Then the employee's next step is "<step>"

    Examples:
      | attempts | step                            |
      | 0        | telephone the taxpayer          |
      | 1        | correspondence may be initiated |
      | 2        | correspondence may be initiated |

  @IRM:5.19.11.7.1.2(2)
  Scenario: speaking to the taxpayer, the calculation is completed then, with no written form
    Given the employee is speaking to the taxpayer about the withholding rate
    When the employee calculates the withholding rate
    Then the calculation is completed at that time
    And the taxpayer need not submit the form in writing

  @IRM:5.19.11.7.1.2(2)
  Scenario: a taxpayer current in filing is checked against the last return and CC RTVUE and CC IRPTR
    Given the taxpayer is current in filing
    When the employee verifies the taxpayer's information
    Then the employee's verification steps are, in order:
      | compare filing status, dependents, income, deductions and credits to the last return filed |
      | research using CC RTVUE and CC IRPTR                                                      |
      | discuss and resolve any significant discrepancies with the taxpayer                       |
      | document the explanation in the history                                                   |

  @IRM:5.19.11.7.1.2(2)
  Scenario: a nonfiler files the original return and sends a copy by Eefax, DUT or mail
    Given the taxpayer is a nonfiler
    When the employee verifies the taxpayer's information
    Then the employee's verification steps are, in order:
      | explain that submission of the tax return will provide sufficient verification               |
      | ask the taxpayer to file the original return(s) as the Form 1040 instructions or notices say |
      | ask for a copy for the Withholding Compliance Unit by Eefax, DUT or mail                     |
    And the response options are "Eefax, DUT, mail", digital tools first
    And the original return itself goes through the authorized means of filing

  @IRM:5.19.11.7.1.2(2)
  Scenario Outline: a nonfiler's copy: the Eefax <first> and the DUT <dut>: postal mail <verdict>
    Given the taxpayer is a nonfiler
    When the employee verifies the taxpayer's information
    And the employee offers the taxpayer these response options
    And the employee offers Eefax and <first>
    And the employee offers the Document Upload Tool (DUT) and <dut>
    Then postal mail <verdict>

    Examples:
      | first                        | dut                          | verdict                |
      | the taxpayer will not use it | the taxpayer cannot use it   | may be offered         |
      | it is exhausted              | the taxpayer will not use it | may be offered         |
      | the taxpayer will not use it | the taxpayer accepts it      | may not be offered yet |

  @IRM:5.19.11.7.1.2(2)
  Scenario: a nonfiler's copy: no digital tool offered yet, postal mail must wait ("You must offer digital tools before")
    Given the taxpayer is a nonfiler
    When the employee verifies the taxpayer's information
    And the employee offers the taxpayer these response options
    Then postal mail may not be offered yet
    And the reason for holding back postal mail cites "IRM 5.19.11.7.1.2(2)"

  @IRM:5.19.11.7.1.2(2)
  Scenario: a nonfiler's copy: postal mail before the digital tools were offered is a violation of this paragraph's "must"
    Given the taxpayer is a nonfiler
    When the employee verifies the taxpayer's information
    And the employee offers the taxpayer these response options
    And the employee offers postal mail
    And the employee documents the taxpayer's choice
    Then the work review finds that postal mail was offered too early, a violation
    And the reason cites "IRM 5.19.11.7.1.2(2)"

  @IRM:5.19.11.7.1.2(2)
  Scenario: a nonfiler's copy: mail after the taxpayer accepted the DUT meets this paragraph but departs from a "should"
    Given the taxpayer is a nonfiler
    When the employee verifies the taxpayer's information
    And the employee offers the taxpayer these response options
    And the employee offers Eefax and the taxpayer will not use it
    And the employee offers the Document Upload Tool (DUT) and the taxpayer accepts it
    And the employee offers postal mail
    And the employee documents the taxpayer's choice
    Then the work review finds that postal mail was offered after a tool was accepted, a deviation
    And the reason cites "SBSE-05-0126-0020(2)"

