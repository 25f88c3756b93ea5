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
  Scenario Outline: a nonfiler's copy: after offering <offered>, offering mail is <mail>
    Given the taxpayer is a nonfiler
    When the employee verifies the taxpayer's information
    And the response options offered so far are "<offered>"
    Then offering mail is "<mail>"

    Examples:
      | offered    | mail            |
      | none       | not yet allowed |
      | Eefax      | not yet allowed |
      | DUT        | not yet allowed |
      | Eefax, DUT | allowed         |
