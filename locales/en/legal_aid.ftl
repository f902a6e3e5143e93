## Legal aid (法律援助): the request, the status page, staff pages and emails.

home-use-legal-aid = Ask for free legal aid
sitemap-legal-aid = Legal aid
legal-aid-ask-online = Ask for legal aid online
legal-aid-title = Legal aid
legal-aid-lead = If you have a legal problem and cannot pay a lawyer, the district legal aid centre can give you a lawyer for free.
legal-aid-who-heading = Who can get legal aid
legal-aid-who-body = Disabled residents of Jiangbei District, and people acting for them, can ask for legal aid with disputes about work, benefits, family, injury, housing or discrimination, and for defence in a criminal case.
legal-aid-exemption-body = Disabled people without a fixed income, and people who receive subsistence allowance (dibao) or extreme-poverty support, do not need to have their finances checked. We tell you if this applies to you.
legal-aid-how-heading = What happens
legal-aid-how-decide = The centre decides within 7 days of receiving your request, and gives you a lawyer within 3 days of deciding.
legal-aid-how-urgent = If your limitation period runs out or your hearing is less than 7 days away, the centre helps you first and finishes the paperwork later.
legal-aid-how-adjustments = Tell us what you need, such as a sign language interpreter, Braille or large print, easy read, a companion or a home visit. Your lawyer gets this with your case.
legal-aid-start = Start a request
legal-aid-yours-heading = Your requests
legal-aid-yours-none = You have not made any requests.
legal-aid-sign-in-first = Sign in or create an account to ask for legal aid. You can also ask at your street legal aid post.
legal-aid-entitlement-link = Legal aid in the list of entitlements
legal-aid-back = Back to legal aid
legal-aid-col-reference = Reference
legal-aid-col-person = Person
legal-aid-col-status = Status
legal-aid-col-received = Received
legal-aid-col-area = Area
legal-aid-col-deadline = Next deadline

legal-aid-form-title = Ask for legal aid
legal-aid-form-lead = Answer these questions. You can add documents after you send the request.
legal-aid-for-legend = Who is the legal aid for?
legal-aid-for-self = Me ({ $name })
legal-aid-filer-legend = If it is for someone else, how do you act for them?
legal-aid-filer-hint = Leave this if the request is for you.
legal-aid-filer-self = I am asking for myself
legal-aid-filer-legal-representative = I am their legal representative (parent or guardian)
legal-aid-filer-proxy = They asked me to act for them
legal-aid-filer-key = Who asks
legal-aid-certificate-label = Disability certificate number (optional)
legal-aid-certificate-hint = 20 characters. For a person on your list we use the number you saved.
legal-aid-area-label = Community where the person lives
legal-aid-area-hint = The legal aid post of this street or town handles the request.
legal-aid-area-choose = Choose a community
legal-aid-phone-label = Phone number
legal-aid-phone-hint = So the centre or the lawyer can call you.
legal-aid-matter-legend = What is the problem about?
legal-aid-matter-employment = Work: wages, dismissal or work injury
legal-aid-matter-benefits = Social insurance, assistance or disability benefits
legal-aid-matter-family = Family: maintenance, guardianship, marriage or inheritance
legal-aid-matter-injury = An injury or accident
legal-aid-matter-housing = Housing, land or property
legal-aid-matter-discrimination = Discrimination, or an adjustment refused
legal-aid-matter-criminal = Defence in a criminal case
legal-aid-matter-other = Something else
legal-aid-description-label = Tell us briefly what happened
legal-aid-description-hint = Who is involved, what happened and when, and what you want. No more than 2,000 characters.
legal-aid-faced-legend = Is there a date you must act by?
legal-aid-faced-hint = A limitation period is the last day to start a case.
legal-aid-faced-none = No date, or I do not know
legal-aid-faced-limitation = My limitation period runs out
legal-aid-faced-hearing = I have a hearing
legal-aid-faced-key = Date to act by
legal-aid-faced-limitation-on = Limitation period runs out on { $date }
legal-aid-faced-hearing-on = Hearing on { $date }
legal-aid-faced-on-label = The date (if you have one)
legal-aid-faced-on-hint = For example, 2026-12-20
legal-aid-adjustments-legend = What do you need to take part?
legal-aid-adjustments-hint = Choose all that apply.
legal-aid-adjustment-sign-language = Chinese Sign Language interpreter
legal-aid-adjustment-braille-large-print = Braille or large print
legal-aid-adjustment-easy-read = Easy read letters
legal-aid-adjustment-companion = A companion with me
legal-aid-adjustment-home-visit = Meet me at home
legal-aid-adjustment-other-label = Anything else you need (optional)
legal-aid-adjustments-none = None
legal-aid-income-legend = Which is true about the person's income?
legal-aid-income-hint = Disabled people without a fixed income and people who receive assistance do not need a financial check.
legal-aid-income-hint-checker = We filled this in from your answers in the eligibility checker. Change it if it is not right.
legal-aid-income-social-assistance = Receives subsistence allowance (dibao) or extreme-poverty support
legal-aid-income-no-fixed-income = Has no fixed income
legal-aid-income-fixed-income = Has a wage, pension or other fixed income
legal-aid-income-not-sure = Not sure
legal-aid-income-key = Income
legal-aid-documents-later = You can add documents, such as a contract or a court letter, on the next page.
legal-aid-submit = Send the request

legal-aid-error-for = Choose who the legal aid is for
legal-aid-error-filer = Choose how you act for the person
legal-aid-error-area = Choose the community where the person lives
legal-aid-error-phone = Enter a phone number, like 023 6785 1234 or 138 0000 0000
legal-aid-error-matter = Choose what the problem is about
legal-aid-error-description = Tell us briefly what happened
legal-aid-error-faced = Choose whether there is a date you must act by
legal-aid-error-faced-on = Enter the date as year-month-day, for example 2026-12-20
legal-aid-error-faced-on-range = The date must be within a year before today and ten years after
legal-aid-error-income = Choose which is true about the person's income
legal-aid-error-objection = Say why you think the refusal is wrong
legal-aid-error-notice = List every document that is missing
legal-aid-error-documents-once = All missing documents are asked for in one notice, and it has already been sent
legal-aid-error-not-now = The request has moved on. Check its status and try again
legal-aid-error-decision = Choose whether to grant legal aid
legal-aid-error-reason = Give the reason for the refusal
legal-aid-error-lawyer = Choose a lawyer from the list
legal-aid-error-objection-outcome = Choose whether the refusal stands
legal-aid-error-answer = Give the reason for the decision
legal-aid-error-provided = Record whether this adjustment was provided
legal-aid-error-note = Say why this adjustment was not provided
legal-aid-error-outcome = Record the outcome of the case
legal-aid-error-lawyer-name = Enter the lawyer's name
legal-aid-error-lawyer-firm = Enter the law firm or centre
legal-aid-error-lawyer-phone = Enter a phone number
legal-aid-error-lawyer-languages = Choose at least one language

legal-aid-check-key = Financial check
legal-aid-check-exempt-social-assistance = No financial check is needed: the person receives social assistance (Legal Aid Law, article 42).
legal-aid-check-exempt-disabled-no-income = No financial check is needed: a disabled person without a fixed income (Legal Aid Law, article 42).
legal-aid-check-required = The centre checks the person's finances.

legal-aid-confirmation-title = Request sent
legal-aid-confirmation-reference = Your reference
legal-aid-next-heading = What happens next
legal-aid-confirmation-email = We have sent you an email with your reference.
legal-aid-confirmation-documents = If the centre needs more documents, it tells you all of them in one notice. You can add documents on the status page at any time.
legal-aid-confirmation-status-link = See your request and add documents
legal-aid-urgent-tag = Urgent
legal-aid-urgent-explained = Your date is less than 7 days away, so the centre helps you first and finishes the paperwork later.
legal-aid-next-decision = The centre decides by { $date }.
legal-aid-next-assignment = The centre gives you a lawyer by { $date }.
legal-aid-next-objection = The centre decides your objection by { $date }.

legal-aid-status-title = Legal aid request { $reference }
legal-aid-status-received = Received
legal-aid-status-documents-asked = Documents needed
legal-aid-status-granted = Granted
legal-aid-status-refused = Refused
legal-aid-status-objected = Objection received
legal-aid-status-refusal-upheld = Refusal upheld
legal-aid-status-assigned = Lawyer assigned
legal-aid-status-closed = Closed
legal-aid-notice-heading = Documents the centre needs
legal-aid-notice-once = This notice lists every document needed. Add them below; the centre then decides within 7 days.
legal-aid-decision-heading = Decision
legal-aid-decision-granted = You get legal aid.
legal-aid-decision-refused = Legal aid was refused. The reason:
legal-aid-objection-answer-heading = Answer to your objection
legal-aid-lawyer-heading = Your lawyer
legal-aid-lawyer-name = Name
legal-aid-lawyer-firm = Law firm or centre
legal-aid-lawyer-phone = Phone
legal-aid-lawyer-languages = Languages
legal-aid-lawyer-state = On the list
legal-aid-outcome-heading = Outcome
legal-aid-object-heading = Object to the refusal
legal-aid-object-body = If you think the refusal is wrong, tell the centre why. It decides within 5 days.
legal-aid-object-label = Why the refusal is wrong
legal-aid-object-submit = Send the objection
legal-aid-documents-heading = Documents
legal-aid-documents-none = No documents yet.
legal-aid-document-submit = Upload the document
legal-aid-details-heading = Your request
legal-aid-history-heading = History
legal-aid-history-by-you = (by you)
legal-aid-history-by-centre = (by the centre)
legal-aid-done-heading = Done
legal-aid-done-uploaded = The document was added.
legal-aid-done-objected = Your objection was sent. The centre decides within 5 days.

legal-aid-staff-lead = Requests in your area. Urgent requests come first, then the ones whose deadline is nearest.
legal-aid-staff-open = Open requests
legal-aid-staff-finished = Finished requests
legal-aid-staff-none = No requests.
legal-aid-days-left = { $days } days left
legal-aid-days-late = { $days } days late
legal-aid-clock-due-soon = Due soon
legal-aid-clock-overdue = Overdue
legal-aid-staff-back = Back to legal aid requests
legal-aid-staff-request-title = Request { $reference }
legal-aid-staff-urgent = Urgent: help first and complete the paperwork later.
legal-aid-staff-adjustments = The person needs these adjustments:
legal-aid-staff-notice-heading = Missing documents
legal-aid-staff-notice-label = Every document that is missing
legal-aid-staff-notice-hint = You can send only one notice, so list everything.
legal-aid-staff-notice-submit = Send the notice
legal-aid-staff-notice-sent = The notice has been sent:
legal-aid-staff-decide-heading = Decide
legal-aid-staff-decide-legend = Grant legal aid?
legal-aid-decision-grant = Grant
legal-aid-decision-refuse = Refuse
legal-aid-staff-reason-label = Reason
legal-aid-staff-reason-hint = Needed for a refusal; the person is told it.
legal-aid-staff-decide-submit = Record the decision
legal-aid-staff-assign-heading = Assign a lawyer
legal-aid-staff-assign-legend = Lawyer
legal-aid-staff-assign-hint = Choose a lawyer who can meet the person's needs, such as sign language.
legal-aid-staff-assign-submit = Assign
legal-aid-staff-objection-heading = Objection
legal-aid-staff-objection-legend = Decision on the objection
legal-aid-objection-overturned = The objection succeeds: grant legal aid
legal-aid-objection-upheld = The refusal stands
legal-aid-staff-answer-label = Reason given to the person
legal-aid-staff-objection-submit = Record the decision
legal-aid-staff-close-heading = Close the case
legal-aid-staff-provided-legend = Was this provided: { $adjustment }?
legal-aid-staff-provided-note = Note about: { $adjustment } (needed if not provided)
legal-aid-provided-yes = Provided
legal-aid-provided-no = Not provided
legal-aid-staff-outcome-label = Outcome of the case
legal-aid-staff-close-submit = Close the case
legal-aid-staff-done-asked = The missing-documents notice was sent.
legal-aid-staff-done-decided = The decision was recorded and the person told.
legal-aid-staff-done-assigned = The lawyer was assigned and the person told.
legal-aid-staff-done-objection = The objection was decided and the person told.
legal-aid-staff-done-closed = The case was closed.
legal-aid-lawyers-title = Legal aid lawyers
legal-aid-lawyers-none = No lawyers on the list.
legal-aid-lawyers-add = Add a lawyer
legal-aid-lawyers-add-submit = Add the lawyer
legal-aid-lawyer-active = Takes new cases
legal-aid-lawyer-inactive = Takes no new cases
legal-aid-lawyer-activate = Take new cases
legal-aid-lawyer-deactivate = Take no new cases
legal-aid-lawyers-done-added = The lawyer was added.
legal-aid-lawyers-done-changed = The lawyer was changed.
legal-aid-lawyers-back = Back to the lawyers
legal-aid-lawyer-change-title = Change { $name }'s details
legal-aid-lawyer-change-explain = Correct the name, firm, phone or languages. Whether the lawyer takes new cases is changed on the list.
legal-aid-lawyer-change-submit = Save the changes
legal-aid-language-mandarin = Mandarin
legal-aid-language-chongqing = Chongqing dialect
legal-aid-language-english = English
legal-aid-language-csl = Chinese Sign Language

audit-action-view-legal-aid-requests = Viewed legal aid requests
audit-action-view-legal-aid-request = Viewed a legal aid request
audit-action-view-legal-aid-document = Opened a legal aid document
audit-action-ask-legal-aid-documents = Asked for missing documents
audit-action-decide-legal-aid = Decided a legal aid request
audit-action-assign-lawyer = Assigned a lawyer
audit-action-decide-legal-aid-objection = Decided an objection
audit-action-close-legal-aid = Closed a legal aid case
audit-action-view-lawyers = Viewed the lawyers
audit-action-edit-lawyer = Changed the lawyers

mail-legal-aid-received-subject = Legal aid request { $reference } received
mail-legal-aid-received-body =
    We have received your request for legal aid. Your reference is { $reference }.
    { $details ->
        [yes] Your date is less than 7 days away, so the centre helps you first and finishes the paperwork later.
       *[other] The centre decides within 7 days and tells you.
    }

    See your request and add documents: { $link }
mail-legal-aid-documents-asked-subject = Documents needed for legal aid request { $reference }
mail-legal-aid-documents-asked-body =
    The legal aid centre needs these documents to decide your request { $reference }:

    { $details }

    This is the only notice: it lists everything. Add the documents here: { $link }
mail-legal-aid-granted-subject = Legal aid granted ({ $reference })
mail-legal-aid-granted-body =
    You get legal aid for request { $reference }. The centre gives you a lawyer within 3 days and tells you who.

    { $link }
mail-legal-aid-refused-subject = Legal aid refused ({ $reference })
mail-legal-aid-refused-body =
    Legal aid was refused for request { $reference }. The reason:

    { $reason }

    If you think this is wrong, you can object on the status page. The centre decides within 5 days: { $link }
mail-legal-aid-lawyer-assigned-subject = Your legal aid lawyer ({ $reference })
mail-legal-aid-lawyer-assigned-body =
    Your lawyer for request { $reference } is: { $details }.
    The lawyer knows the adjustments you asked for.

    { $link }
mail-legal-aid-objection-decided-subject = Your objection was decided ({ $reference })
mail-legal-aid-objection-decided-body =
    { $details ->
        [overturned] Your objection succeeded: you get legal aid. The centre gives you a lawyer within 3 days.
       *[other] Your objection was decided: the refusal stands.
    }
    The reason: { $reason }

    { $link }
