Feature: IRM 5.19.8.4.7.4 Signature Requirements
  A CDP or equivalent hearing request cannot be processed unless the taxpayer or an authorized
  representative (anyone, a spouse included, with a valid Form 2848 on file) signs it. An unsigned
  timely request: a call to secure the signature via EEFAX or DUT, no longer "if available", else
  15 calendar days to perfect. A request signed by a spouse or someone without a POA: a written,
  signed affirmation within 15 calendar days, else denial as to the non-signing taxpayer.

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
    Scenario: an unsigned timely request leads to a call to secure the signature via EEFAX or DUT
      Given a timely CDP hearing request that nobody signed
      When the employee checks the signatures
      Then the next action is "contact the taxpayer by phone to secure the missing signature"
      And the signature may be sent by "EEFax" or "DUT" during the call
      And the offer does not depend on whether the tools are available

    @IRM:5.19.8.4.7.4(1)
    Scenario: an unsigned request that is not timely cannot be processed
      Given a late equivalent hearing request that nobody signed
      When the employee checks the signatures
      Then the next action is "do not process the request"

  Rule: an unsigned request returned for signature has 15 calendar days to be perfected

    @IRM:5.19.8.4.7.4(1)
    Scenario: the Form 12153 goes back with the IRS received date circled and 15 days to perfect
      When the employee, unable to secure the signature via EEFAX or DUT, returns Form 12153 on 2026-03-02
      Then the taxpayer has until 2026-03-17 to perfect the request
      And the IRS received date is circled on the returned Form 12153

    @IRM:5.19.8.4.7.4(1)
    Scenario Outline: an unsigned <kind> request returned on 2026-03-02 whose signature <arrival> is "<outcome>"
      Given a timely <kind> request returned for signature on 2026-03-02
      When the signed request <arrival>
      Then the outcome is "<outcome>"

      Examples:
        | kind               | arrival               | outcome                               |
        | CDP hearing        | arrives on 2026-03-17 | treated as filed timely               |
        | CDP hearing        | arrives on 2026-03-18 | may qualify for an equivalent hearing |
        | CDP hearing        | never arrives         | not a processable hearing request     |
        | equivalent hearing | arrives on 2026-03-17 | treated as filed timely               |
        | equivalent hearing | never arrives         | not a processable hearing request     |

  Rule: a request signed by a spouse or someone without a POA needs an affirmation within 15 calendar days

    @IRM:5.19.8.4.7.4(1)
    Scenario Outline: an affirmation <arrival>, the taxpayer <demonstrates> extenuating circumstances: "<outcome>"
      Given the employee requested a signed affirmation on 2026-03-02
      And the taxpayer <demonstrates> extenuating circumstances
      When the affirmation <arrival>
      Then the outcome is "<outcome>"

      Examples:
        | arrival               | demonstrates          | outcome                                         |
        | arrives on 2026-03-17 | does not demonstrate  | affirmed                                        |
        | arrives on 2026-03-18 | does not demonstrate  | denied with respect to the non-signing taxpayer |
        | never arrives         | does not demonstrate  | denied with respect to the non-signing taxpayer |
        | arrives on 2026-03-18 | demonstrates          | additional time allowed                         |
        | never arrives         | demonstrates          | additional time allowed                         |

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
        | is     | obtains          |
        | is     | obtains          |
        | is not | does not request |
