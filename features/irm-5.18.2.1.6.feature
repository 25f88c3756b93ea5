Feature: IRM 5.18.2.1.6 Terms/Definitions/Acronyms
  The memorandum shows the acronym table of IRM 5.18.2.1.6 from ACS to DWLP, an excerpt that does
  not mark which rows are new. Each acronym shown resolves to the definition the table gives; an
  abbreviation the memorandum neither tabulates nor spells out is reported as unknown rather than
  guessed.

  @IRM:5.18.2.1.6
  Scenario Outline: the acronym <acronym> stands for <definition>
    When the reader looks up the acronym "<acronym>"
    Then the acronym stands for "<definition>"
    And the acronym's definition is cited to IRM 5.18.2.1.6

    Examples:
      | acronym | definition                                |
      | ACS     | Automated Collection System               |
      | ACSS    | Automated Collection System Support       |
      | ASED    | Assessment Statute Expiration Date        |
      | BCD     | Business Closed Date                      |
      | BMF     | Business Master File                      |
      | CP      | Computer Paragraph                        |
      | CSCO    | Compliance Services Collection Operations |
      | CSED    | Collection Statute Expiration Date        |
      | DUT     | Document Upload Tool                      |
      | DWLP    | Date Wages Last Paid                      |

  @IRM:5.18.2.1.6
  Scenario: an acronym looked up in lower case resolves all the same
    When the reader looks up the acronym "csed"
    Then the acronym stands for "Collection Statute Expiration Date"

  @IRM:5.18.2.1.6
  Scenario: an abbreviation the memorandum never defines is reported as unknown
    When the reader looks up the acronym "XYZ"
    Then the acronym is reported as unknown with "unknown_acronym"
