Feature: IRM 5.19.11.10.12 Statutory Employees
  When the statutory employee indicator is not present, the employer confirms the taxpayer's status
  in writing, on employer letterhead. The taxpayer is given the fax number, the mailing address and
  the Document Upload Tool (DUT); digital tools are offered before postal mail.

  @IRM:5.19.11.10.12(5)
  Scenario: without the indicator, the employer confirms the status on letterhead
    Given the statutory employee indicator is not present
    When the employee asks for verification of the statutory employee status
    Then written verification from the employer is requested, confirming "the taxpayer's status as a statutory employee"
    And the verification must be on employer letterhead
    And the response options are "fax, DUT, mail", digital tools first

  @IRM:5.19.11.10.12(5)
  Scenario Outline: the statutory employee's verification: the fax <first> and the DUT <dut>: postal mail <verdict>
    Given the statutory employee indicator is not present
    When the employee asks for verification of the statutory employee status
    And the employee offers the taxpayer these response options
    And the employee offers fax and <first>
    And the employee offers the Document Upload Tool (DUT) and <dut>
    Then postal mail <verdict>

    Examples:
      | first                        | dut                          | verdict                |
      | the taxpayer will not use it | the taxpayer cannot use it   | may be offered         |
      | it is exhausted              | the taxpayer will not use it | may be offered         |
      | the taxpayer will not use it | the taxpayer accepts it      | may not be offered yet |

  @IRM:5.19.11.10.12(5)
  Scenario: the statutory employee's verification: no digital tool offered yet, postal mail must wait ("You must offer digital tools before")
    Given the statutory employee indicator is not present
    When the employee asks for verification of the statutory employee status
    And the employee offers the taxpayer these response options
    Then postal mail may not be offered yet
    And the reason for holding back postal mail cites "IRM 5.19.11.10.12(5)"

  @IRM:5.19.11.10.12(5)
  Scenario: the statutory employee's verification: postal mail before the digital tools were offered is a violation of this paragraph's "must"
    Given the statutory employee indicator is not present
    When the employee asks for verification of the statutory employee status
    And the employee offers the taxpayer these response options
    And the employee offers postal mail
    And the employee documents the taxpayer's choice
    Then the work review finds that postal mail was offered too early, a violation
    And the reason cites "IRM 5.19.11.10.12(5)"

  @IRM:5.19.11.10.12(5)
  Scenario: the statutory employee's verification: mail after the taxpayer accepted the DUT meets this paragraph but departs from a "should"
    Given the statutory employee indicator is not present
    When the employee asks for verification of the statutory employee status
    And the employee offers the taxpayer these response options
    And the employee offers fax and the taxpayer will not use it
    And the employee offers the Document Upload Tool (DUT) and the taxpayer accepts it
    And the employee offers postal mail
    And the employee documents the taxpayer's choice
    Then the work review finds that postal mail was offered after a tool was accepted, a deviation
    And the reason cites "SBSE-05-0126-0020(2)"

  @IRM:5.19.11.10.12(5)
  Scenario: with the indicator present, no verification is asked for under this paragraph
    Given the statutory employee indicator is present
    When the employee asks for verification of the statutory employee status
    Then no written verification is requested under this paragraph
