## Staff workspace

staff-nav-label = Staff workspace
staff-signed-in-as = Signed in as { $name }, { $role }, { $area }
staff-sign-out = Sign out
staff-home-title = Staff workspace
staff-home-waiting-heading = Waiting for you
staff-home-waiting = { $count } applications waiting at your level
staff-home-overdue = { $count } of them overdue
staff-home-mine = { $count } assigned to you
staff-home-open-queue = Open the queue
staff-home-admin-heading = Administration
staff-home-editor = Job fairs and training courses will be managed here.
staff-not-allowed-title = You do not have access to this page
staff-not-allowed-body = Your role does not include this page. If you need it for your work, ask an administrator.

staff-role-community-worker = Community worker
staff-role-street-reviewer = Street or town reviewer
staff-role-district-approver = District approver
staff-role-content-editor = Content editor
staff-role-administrator = Administrator
staff-role-community-worker-hint = Takes in and checks applications from one community or village.
staff-role-street-reviewer-hint = Reviews applications for one street or town.
staff-role-district-approver-hint = Approves or refuses applications for the district.
staff-role-content-editor-hint = Runs job fairs, courses and pages. Cannot see applications.
staff-role-administrator-hint = Manages staff accounts, rule parameters and the audit log.

## Sign-in

staff-sign-in-title = Staff sign-in
staff-sign-in-lead = For staff of the district disabled persons' federation, streets, towns and communities. You will also need the code from your authenticator app.
staff-sign-in-submit = Continue
staff-sign-in-help = Forgotten your password or lost your phone? Ask an administrator to send you a new set-up link.
staff-sign-in-residents = Not on the staff? Go to the residents' home page
staff-sign-in-email-empty = Enter your email address
staff-sign-in-password-empty = Enter your password
staff-sign-in-error = The email address or password is not right
staff-sign-in-locked = Too many attempts. Try again after { $time } (China time)
staff-code-title = Enter the code from your authenticator app
staff-code-hint = The 6-digit code, or one of your recovery codes.
staff-code-submit = Sign in
staff-code-lost = No phone with you? Use one of your recovery codes instead. Each works once.
staff-code-empty = Enter the code from your authenticator app
staff-code-wrong = The code is not right or has already been used. Enter the newest code
staff-code-locked = Too many wrong codes. Try again after { $time } (China time)
staff-set-up-title = Set up your second sign-in step
staff-set-up-lead = Staff sign in with a password and a code from an app on your phone, so a stolen password is not enough to see residents' applications.
staff-set-up-step-app = Install an authenticator app on your phone, if you do not have one (for example, one from your phone's app store that supports "TOTP" codes).
staff-set-up-step-key = In the app, add an account and type this key, or scan the QR code:
staff-set-up-qr-alt = QR code that holds the key shown above
staff-set-up-key-details = Time-based, 6 digits, every 30 seconds. Spaces in the key do not matter.
staff-set-up-step-code = Enter the 6-digit code the app shows.
staff-set-up-code-label = Code from the app
staff-set-up-code-hint = 6 digits, for example 123456.
staff-set-up-submit = Confirm and continue
staff-set-up-code-wrong = The code is not right. Check the key in your app and enter the newest code
staff-recovery-title = Your recovery codes
staff-recovery-lead = If you lose your phone, each of these { $count } codes lets you sign in once instead of an app code:
staff-recovery-keep = Write them down or print this page, and keep them somewhere safe. They will not be shown again.
staff-recovery-shown = Your recovery codes were shown once, when they were made. If you have lost them, sign out and ask an administrator to reset your sign-in.
staff-recovery-continue = Continue to the workspace
staff-setup-title = Choose your password
staff-setup-lead = Welcome to the staff workspace. Choose a password; next you will set up the code app on your phone.
staff-setup-submit = Save password and continue
staff-setup-link-expired-title = This set-up link no longer works
staff-setup-link-expired-body = Set-up links work once and for 7 days. Ask an administrator to send you a new one.

## Statuses as staff see them

staff-status-draft = Draft
staff-status-submitted = Community check
staff-status-street-review = Street or town review
staff-status-district-review = District decision
staff-status-more-information-needed = Waiting for the applicant
staff-status-approved = Approved
staff-status-refused = Refused
staff-status-withdrawn = Withdrawn

## Queue

staff-queue-title = Applications
staff-queue-counts = By status
staff-queue-filters = Filter
staff-queue-status = Status
staff-queue-status-all = Any status
staff-queue-entitlement = Entitlement
staff-queue-street = Street or town
staff-queue-community = Community or village
staff-queue-any = Any
staff-queue-from = Submitted from
staff-queue-to = Submitted until
staff-queue-date-hint = Choose from the calendar, or type the year, month and day in the order the field shows.
staff-queue-assigned = Assigned to
staff-queue-assigned-anyone = Anyone or nobody
staff-queue-assigned-me = Me
staff-queue-assigned-nobody = Nobody yet
staff-queue-sort = Order
staff-queue-sort-oldest = Oldest first
staff-queue-sort-newest = Newest first
staff-queue-overdue-only = Only overdue applications
staff-queue-apply = Show applications
staff-queue-clear = Clear filters
staff-queue-results = Applications found
staff-queue-caption = Applications matching the filters
staff-queue-empty = No applications match these filters.
staff-queue-col-reference = Reference
staff-queue-col-person = Person
staff-queue-col-entitlement = Entitlement
staff-queue-col-area = Community
staff-queue-col-submitted = Submitted
staff-queue-col-status = Status
staff-queue-col-assigned = Assigned to
staff-queue-days = { $days } working days at this level
staff-queue-overdue = Overdue
staff-queue-nobody = Nobody
staff-queue-pages = Pages
staff-queue-first-page = First page
staff-queue-next-page = Next page
staff-queue-export = Download these applications (CSV, opens in Excel or WPS)
staff-csv-certificate = Certificate number
staff-csv-community = Community or village
staff-csv-street = Street or town
staff-csv-days = Working days at this level
staff-csv-yes = Yes

## One application

staff-review-back = Back to applications
staff-review-person = The person and who applied
staff-review-applicant = Who applied
staff-review-applied-self = The person themselves
staff-review-applied-by = { $name } ({ $relationship })
staff-review-circumstances = Their circumstances
staff-review-outcome = The checker's result
staff-review-outcome-lead = With the rules and amounts in force on { $date }, the day the application was submitted:
staff-review-outcome-qualifies = Qualifies
staff-review-outcome-may = May qualify: some answers are missing
staff-review-outcome-not = Does not qualify
staff-review-outcome-none = The checker has no result for this entitlement.
staff-review-documents = Documents
staff-review-document-open = Open { $name }
staff-review-document-download = Download
staff-review-history = History
staff-review-history-by = { $name }, { $at }
staff-review-notes = Internal notes
staff-review-notes-hint = Only staff see these notes; the applicant never does.
staff-review-add-note = Add a note
staff-review-save-note = Save note
staff-review-note-error = Enter the note
staff-review-timing = Submitted on { $submitted }; { $days } working days at this level.
staff-review-assigned = Assigned to: { $name }
staff-review-assign-to = Assign to
staff-review-assign = Assign
staff-review-me = { $name } (me)
staff-review-assign-error = Choose someone from the list
staff-review-actions = What to do
staff-review-no-actions = There is nothing for you to do on this application now.
staff-review-decision-approved = Approved: { $grant }, from { $start }
staff-review-decision-refused = Refused: { $reason }
staff-action-pass-street = Pass to the street or town
staff-action-pass-district = Pass to the district
staff-action-pass-lead = You have checked the application and its documents. The applicant is told by email where it is now.
staff-action-approve = Approve
staff-action-amount-per-month = Amount per month, in yuan
staff-action-amount-per-year = Amount per year, in yuan
staff-action-amount-once = One-off amount, in yuan
staff-action-amount-hint = A number only, for example 100 or 1200.50.
staff-action-provision = What is provided
staff-action-provision-hint = Say what the person gets, for example: a manual wheelchair; bathroom adaptation (grab rails, non-slip floor); a place at a rehabilitation centre.
staff-action-provision-error = Say what the approval provides
staff-confirm-pass-street = Pass this application to the street or town office?
staff-confirm-pass-district = Pass this application to the district for a decision?
staff-confirm-pass-what = The application leaves your level; the next level takes it on.
staff-confirm-pass-button = Yes, pass it on
staff-confirm-approve = Approve this application?
staff-confirm-approve-what = It will grant: { $grant }, from { $start }. The applicant can read and print the decision letter.
staff-confirm-approve-button = Yes, approve
staff-confirm-refuse = Refuse this application?
staff-confirm-refuse-what = Reason: { $reason }. Explanation: { $details } The decision letter says how to ask for administrative reconsideration or go to court.
staff-confirm-refuse-button = Yes, refuse
staff-confirm-emailed = The applicant is emailed.
staff-confirm-final = This cannot be undone.
staff-confirm-cancel = No, go back to the application
staff-action-amount-error = Enter the amount in yuan, a number greater than 0, like 100 or 1200.50
staff-action-start = Paid from
staff-action-start-hint = The first day it is paid, for example 2027-01-01.
staff-action-start-error = Enter the start date as year-month-day, like 2027-01-01
staff-action-request = Ask the applicant for more information
staff-action-message = What the applicant needs to send or explain
staff-action-message-hint = They see this message and get it by email. Write plainly; say which document you need.
staff-action-message-error = Enter what the applicant needs to send or explain
staff-action-refuse = Refuse
staff-action-reason = Reason
staff-action-reason-error = Choose the reason for refusing
staff-action-details = Explanation for the applicant
staff-action-details-hint = They see this and get it by email, with how to ask for a review.
staff-action-details-error = Explain the decision to the applicant
staff-action-moved-on = This application is not waiting for you at this stage: it may have moved on since you opened the page. See its status and history below

staff-refusal-not-eligible = Does not meet the conditions
staff-refusal-not-resident = Not registered as a resident of Jiangbei District
staff-refusal-documents-invalid = Documents missing or not valid
staff-refusal-already-receiving = Already receives this or an overlapping benefit
staff-refusal-no-response = No answer to a request for information
staff-refusal-other = Another reason (explained below)

staff-done-pass = Passed to the next level
staff-done-approve = Application approved
staff-done-refuse = Application refused
staff-done-request-information = Request sent to the applicant
staff-done-assign = Assignment saved
staff-done-note = Note saved
staff-done-emailed = The applicant has been sent an email about it.

## Staff accounts

staff-team-title = Staff accounts
staff-team-new = Add a staff member
staff-team-new-lead = They will get an email with a link to choose their password and set up the code app. The link works for 7 days.
staff-team-back = Back to staff accounts
staff-team-col-name = Name
staff-team-col-role = Role
staff-team-col-area = Area
staff-team-col-status = Status
staff-team-status = Status: { $status }
staff-team-status-active = Active
staff-team-status-disabled = Disabled
staff-team-status-set-up = Not set up yet
staff-team-name = Full name
staff-team-name-error = Enter the staff member's full name
staff-team-role = Role
staff-team-role-error = Choose a role
staff-team-area = Area
staff-team-area-hint = The community, street or town they work for, or the whole district. They see only applications from there.
staff-team-area-choose = Choose an area
staff-team-area-error = Choose an area from the list
staff-team-email-taken = There is already a staff account with this email address
staff-team-keep-own-role = You cannot take away your own administrator role; ask another administrator
staff-team-create = Create account and send set-up link
staff-team-save = Save changes
staff-team-access = Access
staff-team-reset-lead = For a lost phone or a forgotten password: their password, code app and recovery codes stop working, and they get a new set-up link by email.
staff-team-reset = Reset sign-in and send a new set-up link
staff-team-disable-lead = They are signed out at once and cannot sign in until the account is enabled again. Their past actions stay in the audit log.
staff-team-disable = Disable account
staff-team-enable = Enable account
staff-team-done-created = Account created; the set-up link has been emailed
staff-team-done-changed = Changes saved; they are signed out so the changes apply at once
staff-team-done-disabled = Account disabled
staff-team-done-enabled = Account enabled
staff-team-done-reset = Sign-in reset; a new set-up link has been emailed

## Rule parameters

staff-parameters-title = Rule parameters
staff-parameters-lead = The amounts and limits the checker and the review pages use. A new value applies from its date; earlier values stay, so an application is always judged by the values in force when it was submitted.
staff-parameters-add = Add a new value
staff-parameters-parameter = Parameter
staff-parameters-choose = Choose a parameter
staff-parameters-parameter-error = Choose a parameter from the list
staff-parameters-value = Value
staff-parameters-value-hint = A number: yuan, a share such as 0.5, or an age.
staff-parameters-value-error = Enter the value as a number, 0 or more, like 100 or 0.5
staff-parameters-from = In force from
staff-parameters-from-hint = Today or a later day, for example 2027-01-01. Past values cannot be changed.
staff-parameters-from-error = Enter the date as year-month-day, like 2027-01-01
staff-parameters-from-past = The date must be today or later: values already used for decisions cannot change
staff-parameters-from-taken = This parameter already has a value from that date
staff-parameters-source = Source document
staff-parameters-source-hint = The document that sets the value, with its number, for example 渝民发〔2026〕1号.
staff-parameters-source-error = Enter the source document (up to 512 characters)
staff-parameters-save = Add value
staff-parameters-added = New value added
staff-parameters-history = All values
staff-parameters-in-force = in force today

staff-parameter-dibao-standard-urban = Minimum living standard, urban (yuan a month)
staff-parameter-dibao-standard-rural = Minimum living standard, rural (yuan a month)
staff-parameter-separate-dibao-multiplier = Income limit for separate dibao (times the standard)
staff-parameter-living-allowance = Living allowance (yuan a month)
staff-parameter-nursing-subsidy = Nursing subsidy (yuan a year)
staff-parameter-c5-licence-subsidy = C5 driving licence subsidy (yuan, once)
staff-parameter-wheelchair-fuel-subsidy = Motorised wheelchair fuel subsidy (yuan a year)
staff-parameter-dangerous-house-share-poor = Dangerous house repair, share paid for poor families
staff-parameter-dangerous-house-share-other = Dangerous house repair, share paid for other families
staff-parameter-home-adaptation-share-other = Home adaptation, share paid for other families
staff-parameter-self-employment-grant = Self-employment grant (yuan, once)
staff-parameter-child-training-subsidy = Child rehabilitation training subsidy (yuan a year)
staff-parameter-prosthesis-subsidy = Prosthesis subsidy (yuan, once)
staff-parameter-cochlear-implant-subsidy = Cochlear implant subsidy (yuan, once)
staff-parameter-preschool-grant = Preschool education grant (yuan a year)
staff-parameter-student-supplies-subsidy = Student supplies subsidy (yuan a year)
staff-parameter-university-assistance = University entrance assistance (yuan, once)
staff-parameter-working-age-from = Working age starts at (years)
staff-parameter-working-age-until = Working age ends at (years)

## Audit log

staff-audit-title = Audit log
staff-audit-lead = Every staff action, including each time someone opened an application's personal data. Entries cannot be changed or deleted.
staff-audit-who = Who
staff-audit-action = Action
staff-audit-target = What it concerned
staff-audit-target-hint = Exactly as shown in the log, for example application:12 or staff:3.
staff-audit-when = When (China time)
staff-audit-detail = Details
staff-audit-from-address = From address
staff-audit-entries = Entries, newest first
staff-audit-empty = No entries match this search.
staff-audit-older = Older entries
staff-audit-export = Download these entries (CSV, opens in Excel or WPS)

audit-action-sign-in = Signed in
audit-action-sign-in-failed = Failed sign-in
audit-action-second-factor-failed = Wrong code
audit-action-recovery-code-used = Used a recovery code
audit-action-second-factor-set-up = Set up sign-in codes
audit-action-sign-out = Signed out
audit-action-view-queue = Viewed the queue
audit-action-export-queue = Downloaded the queue
audit-action-view-application = Opened an application
audit-action-view-document = Opened a document
audit-action-assign = Assigned an application
audit-action-pass = Passed to the next level
audit-action-approve = Approved
audit-action-refuse = Refused
audit-action-request-information = Asked for more information
audit-action-add-note = Added an internal note
audit-action-create-staff = Created a staff account
audit-action-change-staff = Changed a staff account
audit-action-disable-staff = Disabled a staff account
audit-action-enable-staff = Enabled a staff account
audit-action-reset-staff-sign-in = Reset a staff member's sign-in
audit-action-add-parameter = Added a rule parameter value
audit-action-search-audit = Searched the audit log
audit-action-export-audit = Downloaded the audit log
staff-signed-out = You have signed out
staff-signed-out-body = On a shared computer, also close the browser.
staff-home-codes-left = { $count } of your recovery codes are unused. Making new codes replaces them all.
staff-home-new-codes = Make new recovery codes
staff-set-up-open-app = On this phone? Open the key in your authenticator app
staff-history-applicant-submitted = The applicant sent the application
staff-history-applicant-responded = The applicant answered the request for information
staff-history-applicant-withdrew = The applicant withdrew the application
staff-appeal-title = How decisions can be challenged
staff-appeal-lead = Decision letters tell applicants which body they can ask for administrative reconsideration and within how many days, and within how many months they can go to court. Each letter uses the version in force on the day of its decision.
staff-appeal-history = Versions
staff-appeal-body = Reconsideration body
staff-appeal-body-zh = Reconsideration body (Chinese)
staff-appeal-body-en = Reconsideration body (English)
staff-appeal-days = Days to ask for reconsideration
staff-appeal-months = Months to go to court
staff-appeal-add = Add a new version
staff-appeal-save = Save the new version
staff-appeal-added = New version saved
staff-appeal-body-zh-error = Enter the body's name in Chinese
staff-appeal-body-en-error = Enter the body's name in English
staff-appeal-days-error = Enter a number of days from 1 to 365
staff-appeal-months-error = Enter a number of months from 1 to 60

## Staff filters: a date that cannot be read
staff-filter-from-error = The start date could not be read. Choose it from the calendar, or type it as year-month-day, for example 2026-11-30.
staff-filter-to-error = The end date could not be read. Choose it from the calendar, or type it as year-month-day, for example 2026-11-30.

## Rule parameters: when each was last reviewed
staff-parameters-review-title = Reviews
staff-parameters-review-lead = Some figures must be checked on a schedule: the plan reviews the nursing subsidy standard every two years (chapter 3, section 1). Adding a new value counts as a review. If you checked a figure and it still holds, record that below.
staff-parameters-review-last = Last reviewed
staff-parameters-review-every = Review every
staff-parameters-review-every-months = { $months } months
staff-parameters-review-status = Review status
staff-parameters-review-note = Note
staff-parameters-review-due = Review due
staff-parameters-review-due-since = since { $date }
staff-parameters-review-never = Never reviewed
staff-parameters-review-next = Next review by { $date }
staff-parameters-review-by-law = Set by law: no review schedule
staff-parameters-review-add = Record a review with no change
staff-parameters-review-note-hint = What you checked it against, for example “渝民发〔2026〕1号: still 1,000 yuan a year”. Up to 200 characters.
staff-parameters-review-save = Record review
staff-parameters-review-parameter-error = Choose the parameter you reviewed
staff-parameters-review-note-error = Enter a short note saying what you checked the value against
staff-parameters-reviewed = Review recorded
staff-parameters-reviews-due = { $count ->
    [one] 1 parameter is due for review
   *[other] { $count } parameters are due for review
}
staff-parameters-reviews-due-link = See which ones
audit-action-review-parameter = Reviewed a rule parameter (no change)

## Parameter for the enrolment aid entitlement (E43)
staff-parameter-enrolment-aid = Enrolment aid for children of disabled families (yuan, once)

## Legal time limits (dated parameters)
staff-parameter-petition-routing-days = Petitions: register and route (days)
staff-parameter-petition-acceptance-days = Petitions: written notice of acceptance (days)
staff-parameter-petition-objection-working-days = Petitions: object to a wrongly routed matter (working days)
staff-parameter-petition-settlement-days = Petitions: settle, from acceptance (days)
staff-parameter-petition-extension-max-days = Petitions: longest single extension (days)
staff-parameter-petition-review-request-days = Petitions: ask for a review, from the written decision (days)
staff-parameter-petition-review-answer-days = Petitions: answer a review (days)
staff-parameter-petition-re-review-request-days = Petitions: ask for a re-review, from the review's answer (days)
staff-parameter-petition-re-review-answer-days = Petitions: answer a re-review (days)
staff-parameter-legal-aid-decision-days = Legal aid: decide a request (days)
staff-parameter-legal-aid-assignment-days = Legal aid: assign a lawyer, from the decision (days)
staff-parameter-legal-aid-urgency-days = Legal aid: help first when a time limit or hearing is fewer than (days) away
staff-parameter-legal-aid-objection-days = Legal aid: decide an objection to a refusal (days)

## New staff kinds (issue 18)
staff-role-petition-officer = Petitions officer
staff-role-legal-aid-worker = Legal-aid worker
staff-role-petition-officer-hint = Handles petitions and complaints in the area; at the district, also supervises overdue matters.
staff-role-legal-aid-worker-hint = Decides legal-aid requests in the area (the district centre or a street or town post); at the district, also keeps the lawyers' list.
staff-petitions-title = Petitions and complaints
staff-legal-aid-title = Legal aid
staff-calendar-title = Public holidays and make-up working days
