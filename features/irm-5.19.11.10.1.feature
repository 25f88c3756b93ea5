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
  Scenario Outline: the employer's verification: after offering <offered>, offering mail is <mail>
    Given the information is not on the PAL
    When the employee asks for verification of the wages and withholding
    And the response options offered so far are "<offered>"
    Then offering mail is "<mail>"

    Examples:
      | offered    | mail            |
      | none       | not yet allowed |
      | Eefax      | not yet allowed |
      | Eefax, DUT | allowed         |

  @IRM:5.19.11.10.1(5)
  Scenario: information on the PAL calls for no verification under this paragraph
    Given the information is on the PAL
    When the employee asks for verification of the wages and withholding
    Then no written verification is requested under this paragraph
