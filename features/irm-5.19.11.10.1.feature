Feature: IRM 5.19.11.10.1 Payer Agent List (PAL)
  When the information is not on the PAL, the taxpayer is asked for written verification from the
  employer of the correct wages and withholding, with a copy of the corrected Form W-2c, by Eefax,
  the Document Upload Tool (DUT) or mail. Digital tools are offered before postal mail.

  @IRM:5.19.11.10.1(5)
  Scenario: information not on the PAL is verified in writing by the employer, with the Form W-2c
    Given the information is not on the PAL
    When the employee asks for verification of the wages and withholding
    Then written verification from the employer is requested, confirming "the correct wages and withholding"
    And it comes with "a copy of the corrected Form W-2c, Corrected Wage and Tax Statement"
    And the response options are "Eefax, DUT, mail", digital tools first

  @IRM:5.19.11.10.1(5)
  Scenario Outline: the employer's verification: the Eefax <first> and the DUT <dut>: postal mail <verdict>
    Given the information is not on the PAL
    When the employee asks for verification of the wages and withholding
    And the employee offers the taxpayer these response options
    And the employee offers Eefax and <first>
    And the employee offers the Document Upload Tool (DUT) and <dut>
    Then postal mail <verdict>

    Examples:
      | first                        | dut                          | verdict                |
      | the taxpayer will not use it | the taxpayer cannot use it   | may be offered         |
      | it is exhausted              | the taxpayer will not use it | may be offered         |
      | the taxpayer will not use it | the taxpayer accepts it      | may not be offered yet |

  @IRM:5.19.11.10.1(5)
  Scenario: the employer's verification: no digital tool offered yet, postal mail must wait ("You must offer digital tools before")
    Given the information is not on the PAL
    When the employee asks for verification of the wages and withholding
    And the employee offers the taxpayer these response options
    Then postal mail may not be offered yet
    And the reason for holding back postal mail cites "IRM 5.19.11.10.1(5)"

  @IRM:5.19.11.10.1(5)
  Scenario: the employer's verification: postal mail before the digital tools were offered is a violation of this paragraph's "must"
    Given the information is not on the PAL
    When the employee asks for verification of the wages and withholding
    And the employee offers the taxpayer these response options
    And the employee offers postal mail
    And the employee documents the taxpayer's choice
    Then the work review finds that postal mail was offered too early, a violation
    And the reason cites "IRM 5.19.11.10.1(5)"

  @IRM:5.19.11.10.1(5)
  Scenario: the employer's verification: mail after the taxpayer accepted the DUT meets this paragraph but departs from a "should"
    Given the information is not on the PAL
    When the employee asks for verification of the wages and withholding
    And the employee offers the taxpayer these response options
    And the employee offers Eefax and the taxpayer will not use it
    And the employee offers the Document Upload Tool (DUT) and the taxpayer accepts it
    And the employee offers postal mail
    And the employee documents the taxpayer's choice
    Then the work review finds that postal mail was offered after a tool was accepted, a deviation
    And the reason cites "SBSE-05-0126-0020(2)"

  @IRM:5.19.11.10.1(5)
  Scenario: information on the PAL calls for no verification under this paragraph
    Given the information is on the PAL
    When the employee asks for verification of the wages and withholding
    Then no written verification is requested under this paragraph
