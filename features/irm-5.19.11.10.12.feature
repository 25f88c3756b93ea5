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
  Scenario Outline: the statutory employee's verification: after offering <offered>, offering mail is <mail>
    Given the statutory employee indicator is not present
    When the employee asks for verification of the statutory employee status
    And the response options offered so far are "<offered>"
    Then offering mail is "<mail>"

    Examples:
      | offered  | mail            |
      | none     | not yet allowed |
      | fax      | not yet allowed |
      | DUT      | not yet allowed |
      | fax, DUT | allowed         |

  @IRM:5.19.11.10.12(5)
  Scenario: with the indicator present, no verification is asked for under this paragraph
    Given the statutory employee indicator is present
    When the employee asks for verification of the statutory employee status
    Then no written verification is requested under this paragraph
