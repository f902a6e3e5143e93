## Applying online

apply-title = Apply: { $entitlement }
apply-need-account = To apply online you need an account, so that you can save your application, come back to it and follow it to a decision. Creating one takes a minute: a name and an email address.
apply-who = Who is this application for?
apply-who-hint = You can apply for yourself or for someone you help.
apply-who-error = Choose who the application is for
apply-for-self = Myself ({ $name })
apply-add-person = Applying for someone not listed? Add them first
apply-start = Start application
apply-online = Apply online

applications-title = Your applications
applications-none = You have no applications yet.
applications-draft = Draft, not sent yet
applications-col-entitlement = Application
applications-col-for = For
applications-col-status = Status
applications-col-updated = Last change

application-status-draft = Draft: not sent yet
application-status-submitted = Submitted: being checked by the community
application-status-street-review = With the street or town office
application-status-district-review = With the district
application-status-more-information-needed = More information needed from you
application-status-approved = Approved
application-status-refused = Refused
application-status-withdrawn = Withdrawn

application-next-draft = Finish each section, then check and send your application.
application-next-submitted = Your community (社区 or 村) checks your application first. This usually takes up to 10 working days.
application-next-street-review = The street or town office is reviewing your application. This usually takes up to 10 working days.
application-next-district-review = The district is deciding. This usually takes up to 10 working days. We will email you the decision.
application-next-more-information-needed = We need more information before we can go on. Answer below; your application then goes back to the person reviewing it.
application-next-approved = Your application was approved. Below are what was granted, from when, and who decided and when; you can read and print the decision letter.
application-next-refused = Your application was refused. The reason is below. If you disagree, the decision letter says where and by when you can ask for administrative reconsideration or go to court; you can also call us and we will help.
application-next-withdrawn = This application was withdrawn. You can start a new one at any time.

application-section-person = About the person
application-section-circumstances = Their circumstances
application-section-documents = Documents
application-section-declaration = Declaration
application-task-title = Apply: { $entitlement }
application-for = For { $name }
application-progress = You have completed { $done } of { $total } sections.
task-completed = Completed
task-not-completed = Not completed
application-check-and-submit = Check your answers and send
application-finish-sections = When every section is completed you can check your answers and send the application.
application-delete-draft = Delete this draft
application-saved-heading = Your answers have been saved
application-saved-body = Your draft is kept until you send or delete it. Find it under Your account.
application-back-to-tasks = Back to the application
save-and-continue = Save and continue
save-and-come-back = Save and come back later

application-phone = Phone number
application-phone-hint = A mobile or landline number where we can reach them, or you.
application-phone-error = Enter a phone number, like 13800000000 or 023 6000 0000
application-area = Community or village where they live
application-area-hint = This decides which community office checks the application.
application-area-choose = Choose a community or village
application-area-error = Choose the community or village where they live
application-address = Home address
application-address-error = Enter the home address
application-address-too-long = Address must be 200 characters or fewer

circumstances-lead = These answers are about the rules for this entitlement. { $from_checker ->
        [yes] Answers from the checker are already filled in: change any that are wrong or missing.
       *[no] Change any that are wrong or missing.
    }
circumstances-none = This entitlement has no further questions.

documents-lead = Upload a scan or photo of each document. We check every file, whatever its name.
documents-uploaded-heading = Documents uploaded
documents-none = No documents uploaded yet.
documents-file = Choose a file
documents-file-optional = Add a document (optional)
documents-hint = PDF, JPEG or PNG, up to { $size } MB each.
documents-upload = Upload this file
documents-uploaded = The file has been uploaded
documents-uploaded-body = You can add more, or save and continue.
documents-remove = Remove
documents-error-missing = Choose a file to upload
documents-error-too-big = The file must be 10 MB or smaller. Try a scan at a lower resolution, or a photo of each page.
documents-error-type = The file must be a PDF, JPEG or PNG. This file is another kind, whatever its name says.
documents-error-unreadable = The file could not be read. Try uploading it again.
documents-error-none = Upload at least one document, such as a scan of the disability certificate
size-kb = { $size } KB
size-mb = { $size } MB

declaration-lead = Before you send this application, read and confirm the declaration.
declaration-self = I declare that the information I have given is true and complete. I understand that giving false information may mean I have to pay back what I received.
declaration-for-someone = I declare that the information I have given about { $name } is true and complete, and that I may act for them. I understand that giving false information may mean the money has to be paid back.
declaration-error = Confirm the declaration to continue

application-check-title = Check your answers before sending
application-submit-heading = Now send your application
application-submit-lead = By sending this application you confirm the declaration you made.
application-submit = Accept and send
application-incomplete = Complete every section before sending: { $count } still to do

confirmation-title = Application sent
confirmation-reference = Your reference number
confirmation-what = We have your application for { $entitlement } for { $name }.
confirmation-email = We have sent you an email with this reference number.
confirmation-next-heading = What happens next
confirmation-next-community = Your community office checks the application and may call you.
confirmation-next-street = The street or town office reviews it.
confirmation-next-district = The district decides and we email you the decision.
confirmation-how-long = Each step usually takes up to 10 working days. We will email you if we need more information.
confirmation-print = To keep a record, print this page or save it as a PDF (use your browser's Print).
confirmation-follow = Follow your application

application-reference = Reference number
application-submitted-by = Applied for by
application-helper = { $name } ({ $relationship })
application-history = History
application-history-you-wrote = You wrote:
application-history-staff-wrote = The reviewer wrote:
application-documents = Documents
application-withdraw-link = Withdraw this application
application-done-responded = Your answer has been sent
application-done-withdrawn = Your application has been withdrawn
application-respond-heading = Answer the request for more information
application-respond-asked = The reviewer asked:
application-respond-message = Your answer
application-respond-error = Enter your answer
application-respond-submit = Send answer

withdraw-title = Are you sure you want to withdraw this application?
withdraw-lead = The reviewers will stop working on it. You can apply again later, but you would start from the beginning.
withdraw-submit = Withdraw application
delete-draft-title = Are you sure you want to delete this draft?
delete-draft-lead = Its answers and documents will be deleted. This cannot be undone.
delete-draft-submit = Delete draft
documents-progress-label = Upload progress
documents-progress = Uploading: { $percent }% sent

## The decision and its letter
decision-heading = Decision
decision-grant-per-month = { $amount } yuan a month
decision-grant-per-year = { $amount } yuan a year
decision-grant-once = { $amount } yuan, paid once
decision-granted = What was granted
decision-start = From
decision-refused-reason = Why it was refused
decision-refused-details = Explanation
decision-decided-by = Decided by
decision-decided-by-value = Jiangbei District Disabled Persons' Federation (officer: { $name })
decision-decided-on = Date of the decision
decision-letter-link = Read and print the decision letter
decision-letter-easy-link = Read the easy-read decision letter
decision-letter-approved = Decision letter: approved
decision-letter-refused = Decision letter: refused
decision-back = Back to the application
decision-person = Applied for
decision-entitlement = Entitlement
decision-challenge-heading = If you disagree with this decision
decision-challenge-reconsideration = Within { $days } days of receiving this letter, you can ask the { $body } for administrative reconsideration. If you received it on the day of the decision, the last day is { $by }.
decision-challenge-lawsuit = You can also go to a people's court (an administrative lawsuit) within { $months } months of receiving this letter. If you received it on the day of the decision, the last day is { $by }.
decision-challenge-again = If your circumstances change, you can also apply again. A family member or a community worker can help you with any of these, or call us.
decision-challenge-ask = If you disagree with this decision, call us to find out how to ask for administrative reconsideration or go to court.
decision-contact-heading = Contact us
decision-contact = Phone: { $phone }. Address: { $address }. Opening hours: { $hours }.
decision-print-hint = To print, use your browser's Print command; the printout leaves out the site's menus.
decision-easy-title = Decision (easy read)
decision-easy-for = This decision is for { $name }.
decision-easy-approved = You asked for "{ $entitlement }". We said yes.
decision-easy-grant = You get: { $grant }.
decision-easy-start = It starts on { $start }.
decision-easy-refused = You asked for "{ $entitlement }". We said no.
decision-easy-reason = The reason: { $reason }.
decision-easy-who = { $name } at the Jiangbei District Disabled Persons' Federation decided this on { $date }.
decision-easy-disagree = If you do not agree
decision-easy-challenge-body = You can ask the { $body } to look at it again. This is called "administrative reconsideration".
decision-easy-challenge-by = The last day to ask is { $by }.
decision-easy-court = You can also go to court. The last day is { $by }.
decision-easy-help = A family member or a community worker can help you. You can also phone us.
documents-error-full = This application already has { $max } documents, the most it can hold. Delete one you no longer need, or combine pages into one PDF.
documents-error-daily-limit = You have uploaded { $max } documents today, the most allowed in a day. Try again tomorrow, or contact us if you need to send more.
upload-error-field-too-long = What was sent here is too long to read. Shorten it and send the form again.
