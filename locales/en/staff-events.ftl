## Staff: job fairs and training courses

staff-events-title = Fairs and training
staff-events-lead = Job fairs and training courses in your area. Open one to change it, see who is coming or cancel it.
staff-events-upcoming = Upcoming fairs
staff-events-past = Past fairs
staff-events-courses = Training courses
staff-events-no-upcoming = There are no upcoming fairs in your area.
staff-events-no-past = There are no past fairs in your area.
staff-events-no-courses = There are no training courses in your area.
staff-events-col-fair = Fair
staff-events-col-when = When
staff-events-col-registrations = Registered
staff-events-col-course = Course
staff-events-col-sessions = Sessions
staff-events-col-next = Next session
staff-events-col-place = Where
staff-events-no-next = None planned
staff-events-cancelled-tag = Cancelled
staff-events-back = Back to fairs and training
staff-events-public-page = See the public page
staff-events-details = Details
staff-events-save = Save changes
staff-events-languages-hint = Fill in the Chinese fields. The English fields are optional: English pages show the Chinese where there is no English.
staff-events-english-hint = Optional.
staff-events-date = Date
staff-events-starts = Start time
staff-events-ends = End time
staff-events-time-hint = 24-hour clock, for example 09:30
staff-events-venue-zh = Venue in Chinese
staff-events-venue-en = Venue in English
staff-events-address-zh = Address in Chinese
staff-events-address-en = Address in English
staff-events-features = Accessibility of the venue
staff-events-features-hint = Tick everything the venue offers. Residents see every feature, as offered or not offered.
staff-events-reason = Reason
staff-events-reason-hint = It is included in the email to everyone affected.
staff-events-download-csv = Download as a spreadsheet (CSV)
staff-events-print-hint = To print a sign-in sheet, use your browser's print command: buttons and forms are left out of the printout.

## Problems with what was entered

staff-events-date-error = Enter the date as year-month-day, for example 2026-12-05
staff-events-starts-error = Enter the start time on the 24-hour clock, for example 09:30
staff-events-ends-error = Enter the end time on the 24-hour clock, for example 12:00
staff-events-ends-before-starts = The end time must be after the start time
staff-events-venue-zh-error = Enter the venue in Chinese
staff-events-address-zh-error = Enter the address in Chinese
staff-events-reason-error = Enter the reason for cancelling

## One fair

staff-fair-new = New job fair
staff-fair-create = Create fair
staff-fair-caption = Job fair
staff-fair-title-zh = Title in Chinese
staff-fair-title-en = Title in English
staff-fair-summary-zh = Summary in Chinese
staff-fair-summary-en = Summary in English
staff-fair-transport-zh = Getting there by public transport, in Chinese
staff-fair-transport-en = Getting there by public transport, in English
staff-fair-transport-hint = Bus routes, metro lines and stations, and the step-free way from the stop to the door.
staff-fair-registrations-link = Registrations ({ $count })
staff-fair-employers = Employers and positions
staff-fair-no-employers = No employers have been added yet.
staff-fair-no-positions = No positions have been added for this employer yet.
staff-fair-openings-count = { $count } openings
staff-fair-needs = What the job needs
staff-fair-needs-hint = Optional. Skills, experience and what the work involves.
staff-fair-adjustments-offered = Adjustments the employer offers
staff-fair-adjustments-offered-hint = Optional. For example: sign language interpreting at interview, flexible hours, a step-free workplace.
staff-fair-add-employer = Add an employer
staff-fair-employer-name = Employer's name
staff-fair-employer-description = About the employer
staff-fair-employer-description-hint = Optional. What they do and where they are.
staff-fair-add-position = Add a position
staff-fair-position-employer = Employer
staff-fair-choose-employer = Choose an employer
staff-fair-position-title = Job title
staff-fair-openings = Number of openings
staff-fair-openings-hint = A whole number from 1 to 999
staff-fair-cancel = Cancel this fair
staff-fair-cancel-lead = Everyone registered gets an email saying the fair is cancelled, with the reason you give. This cannot be undone.
staff-fair-cancelled-reason = This fair was cancelled. Reason: { $reason }
staff-fair-title-zh-error = Enter the title in Chinese
staff-fair-summary-zh-error = Enter the summary in Chinese
staff-fair-transport-zh-error = Enter how to get there by public transport, in Chinese
staff-fair-employer-name-error = Enter the employer's name
staff-fair-employer-error = Choose the employer offering the position
staff-fair-position-title-error = Enter the job title
staff-fair-openings-error = Enter the number of openings as a whole number from 1 to 999

## Who registered for a fair

staff-registrations-title = Registrations: { $fair }
staff-registrations-heading = Registrations
staff-registrations-back = Back to the fair
staff-registrations-count = People registered: { $count }
staff-registrations-none = No one has registered yet.
staff-registrations-col-hired = Hired
staff-registrations-hired-by = Hired by { $employer }
staff-registrations-no-employers = Add employers on the fair's page to record a hire.
staff-registrations-employer = Employer
staff-registrations-record-hire = Record hire
staff-registrations-employer-error = Choose the employer that hired this person
staff-events-col-name = Name
staff-events-col-adjustments = Adjustments asked for
staff-events-col-other-needs = Other needs
staff-events-col-checked-in = Checked in
staff-events-check-in = Check in
staff-events-checked-in-at = Checked in at { $time }
staff-events-csv-registered = Registered at
staff-events-csv-booked = Booked at
staff-events-csv-status = Status
staff-events-status-confirmed = Place confirmed
staff-events-status-offered = Offered a place
staff-events-status-waiting = Waiting list
staff-events-status-cancelled = Cancelled
staff-events-status-offer-lapsed = Offer not taken up

## One course

staff-course-new = New training course
staff-course-create = Create course
staff-course-caption = Training course
staff-course-title-zh = Title in Chinese
staff-course-title-en = Title in English
staff-course-description-zh = Description in Chinese
staff-course-description-en = Description in English
staff-course-suits-zh = Who it suits, in Chinese
staff-course-suits-en = Who it suits, in English
staff-course-suits-hint = For example: people with a hearing impairment who want to work in an office.
staff-course-sessions = Sessions
staff-course-no-sessions = No sessions have been added yet.
staff-course-add-session = Add a session
staff-course-title-zh-error = Enter the title in Chinese
staff-course-description-zh-error = Enter the description in Chinese
staff-course-suits-zh-error = Enter who the course suits, in Chinese

## One session

staff-session-title = Session: { $when }
staff-session-back = Back to the course
staff-session-course = Course
staff-session-online = The session is online
staff-session-venue-hint = A session in person needs a venue and an address in Chinese. An online session does not.
staff-session-capacity = Places
staff-session-capacity-hint = A whole number from 1 to 1000
staff-session-capacity-error = Enter the number of places as a whole number from 1 to 1000
staff-session-capacity-below-held = { $held } places are already taken: enter { $held } or more
staff-session-held = Places taken
staff-session-waiting = Waiting
staff-session-cancelled-reason = This session was cancelled. Reason: { $reason }
staff-session-places = People with a place: { $count }
staff-session-no-places = No one has a place yet.
staff-session-waiting-list = Waiting list: { $count }
staff-session-waiting-hint = When a place is freed, the first person on the list is emailed and offered it for a limited time.
staff-session-no-waiting = No one is waiting.
staff-session-col-completed = Completed
staff-session-col-number = Number
staff-session-col-order = Change the order
staff-session-offered-until = Offered a place, until { $until }
staff-session-mark-completed = Mark completed
staff-session-completed-on = Completed on { $date }
staff-session-certificate = Certificate
staff-session-move-up = Move up
staff-session-move-down = Move down
staff-session-change-capacity = Change the number of places
staff-session-capacity-change-hint = Not fewer than the places already taken. Freed places are offered to the waiting list at once.
staff-session-cancel = Cancel this session
staff-session-cancel-lead = Every booking and everyone waiting is cancelled, and each account gets an email with the reason you give. This cannot be undone.
staff-session-csv-offer-expires = Offer open until
staff-session-back-to-session = Back to the session

## Certificate of completion

staff-certificate-page-title = Certificate of completion: { $name }
staff-certificate-print-hint = Use your browser's print command to print this certificate.
staff-certificate-title = Certificate of completion
staff-certificate-certifies = This is to certify that
staff-certificate-completed = has completed the training course
staff-certificate-session = Session: { $when }
staff-certificate-issued = Date of issue: { $date }

## What was just done

staff-events-done-created = Created
staff-events-done-saved = Changes saved
staff-events-done-employer-added = Employer added
staff-events-done-position-added = Position added
staff-events-done-fair-cancelled = Fair cancelled: everyone registered has been emailed
staff-events-done-session-added = Session added
staff-events-done-capacity-changed = Number of places changed
staff-events-done-session-cancelled = Session cancelled: everyone booked or waiting has been emailed
staff-events-done-checked-in = Checked in
staff-events-done-hired = Hire recorded
staff-events-done-completed = Completion recorded
staff-events-done-moved = Waiting list reordered
staff-events-done-unchanged = Nothing changed: it had already been done

## Audit log

audit-action-edit-event = Changed a fair or course
audit-action-cancel-event = Cancelled a fair or session
audit-action-view-attendees = Viewed who is attending
audit-action-export-attendees = Downloaded who is attending
audit-action-check-in = Checked someone in
audit-action-record-hire = Recorded a hire
audit-action-record-completion = Recorded a completed course
audit-action-reorder-waiting-list = Reordered a waiting list
