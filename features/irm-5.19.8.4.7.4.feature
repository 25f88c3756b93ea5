Feature: IRM 5.19.8.4.7.4 Signature Requirements
  A CDP or equivalent hearing request cannot be processed unless it is signed; it must be signed by
  the taxpayer or an authorized representative (anyone, a spouse included, with a valid Form 2848
  on file). An unsigned request filed timely: a call to secure the signature via EEFAX or DUT (the
  memorandum struck "if available" there), else 15 calendar days to perfect it. A request signed by
  a spouse or someone without a POA: a written, signed affirmation filed within 15 calendar days,
  else the CDP request will be denied as to the non-signing taxpayer. A document is filed, and a
  request perfected, on the day the IRS receives it (a reading: the paragraph does not say).

  Rule: a request is processed only when the taxpayer or an authorized representative signs it

    @IRM:5.19.8.4.7.4(1)
    Scenario Outline: a request signed by <signer>, who <holds> a valid Form 2848, leads to "<action>"
      Given a timely CDP hearing request signed by <signer>
      And the signer <holds> a valid Form 2848 on file
      When the employee checks the signatures
      Then the next action is "<action>"

      Examples:
        | signer                | holds         | action                       |
        | the taxpayer          | does not have | process the request          |
        | the taxpayer's spouse | has           | process the request          |
        | another person        | has           | process the request          |
        | the taxpayer's spouse | does not have | request a signed affirmation |
        | another person        | does not have | request a signed affirmation |

    @IRM:5.19.8.4.7.4(1)
    Scenario Outline: an unsigned <kind> request filed <timely> leads to "<action>"
      Given a <timely> <kind> request that nobody signed
      When the employee checks the signatures
      Then the next action is "<action>"
      And the signature may be sent during the call by <channels>

      Examples:
        | timely | kind               | action                                                        | channels         |
        | timely | CDP hearing        | contact the taxpayer by phone to secure the missing signature | "EEFax" or "DUT" |
        | late   | CDP hearing        | do not process the request                                    | no channel       |
        | timely | equivalent hearing | contact the taxpayer by phone to secure the missing signature | "EEFax" or "DUT" |
        | late   | equivalent hearing | do not process the request                                    | no channel       |

  Rule: an unsigned request returned for signature has 15 calendar days to be perfected

    @IRM:5.19.8.4.7.4(1)
    Scenario Outline: a Form 12153 returned for signature on <returned> is to be perfected by <due>
      When the employee, unable to secure the signature via EEFAX or DUT, returns Form 12153 on <returned>
      Then the taxpayer has until <due> to perfect the request

      Examples:
        | returned   | due        |
        | 2026-03-02 | 2026-03-17 |
        | 2026-03-06 | 2026-03-21 |

    @IRM:5.19.8.4.7.4(1)
    Scenario Outline: an unsigned <kind> request returned on 2026-03-02 whose signed request <arrival> is "<outcome>"
      Given a timely <kind> request returned for signature on 2026-03-02
      When the signed request <arrival>
      Then the outcome is "<outcome>"

      Examples:
        | kind               | arrival                                          | outcome                               |
        | CDP hearing        | is received on 2026-03-17                        | treated as filed timely               |
        | CDP hearing        | is received on 2026-03-18                        | may qualify for an equivalent hearing |
        | CDP hearing        | is sent on 2026-03-16 and received on 2026-03-18 | may qualify for an equivalent hearing |
        | CDP hearing        | never arrives                                    | not a processable hearing request     |
        | equivalent hearing | is received on 2026-03-17                        | treated as filed timely               |
        | equivalent hearing | is sent on 2026-03-16 and received on 2026-03-18 | not a processable hearing request     |
        | equivalent hearing | never arrives                                    | not a processable hearing request     |

  Rule: a request signed by a spouse or someone without a POA needs an affirmation filed within 15 calendar days

    @IRM:5.19.8.4.7.4(1)
    Scenario Outline: an affirmation that <arrival>, the taxpayer <demonstrates> extenuating circumstances: "<outcome>"
      Given the employee requested a signed affirmation on 2026-03-02
      And the taxpayer <demonstrates> extenuating circumstances
      When the affirmation <arrival>
      Then the outcome is "<outcome>"

      Examples:
        | arrival                                          | demonstrates         | outcome                                         |
        | is received on 2026-03-17                        | does not demonstrate | affirmed                                        |
        | is sent on 2026-03-15 and received on 2026-03-17 | does not demonstrate | affirmed                                        |
        | is received on 2026-03-18                        | does not demonstrate | denied with respect to the non-signing taxpayer |
        | is sent on 2026-03-16 and received on 2026-03-18 | does not demonstrate | denied with respect to the non-signing taxpayer |
        | never arrives                                    | does not demonstrate | denied with respect to the non-signing taxpayer |
        | is received on 2026-03-18                        | demonstrates         | additional time allowed                         |
        | never arrives                                    | demonstrates         | additional time allowed                         |

  Rule: on a joint liability with one spouse's signature, the employee clarifies the request

    @IRM:5.19.8.4.7.4(1)
    Scenario: a joint request signed by one spouse leads the employee to ask whether it is for both
      Given a timely CDP hearing request on a joint liability signed by one spouse only
      When the employee checks the signatures
      Then the next action is "clarify whether the request is for both spouses"

    @IRM:5.19.8.4.7.4(1)
    Scenario: a joint request signed by both spouses is processed
      Given a timely CDP hearing request on a joint liability signed by both spouses
      When the employee checks the signatures
      Then the next action is "process the request"

    @IRM:5.19.8.4.7.4(1)
    Scenario Outline: a joint request that <is> for both spouses: the employee <obtains> the missing signature
      Given a timely CDP hearing request on a joint liability signed by one spouse only
      When the taxpayer says the request <is> for both spouses
      Then the employee <obtains> the missing signature

      Examples:
        | is     | obtains                    |
        | is     | obtains                    |
        | is not | is not called on to obtain |
