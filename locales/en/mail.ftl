## Emails. Plain text; { $name } is the account holder's name, { $person } whom the email is about (the person applied for, or booked for).

mail-greeting = Dear { $name },
mail-footer =
    Do not reply to this email. For help, call { $phone } or visit your community office.
    Phone lines are open { $hours }.
mail-footer-no-phone = Do not reply to this email. For help, visit your community office.
mail-subject-about = { $subject } ({ $person })
mail-sign-in-link-subject = Your sign-in link
mail-sign-in-link-body =
    Use this link to sign in to Jiangbei Disability Services. It works once, for { $minutes } minutes:

    { $link }

    If you did not ask for it, ignore this email: nobody can sign in without the link.
mail-already-registered-subject = You already have an account
mail-already-registered-body =
    Someone (probably you) tried to create an account with this email address, but you already have one. Use this link to sign in. It works once, for { $minutes } minutes:

    { $link }

    If it was not you, ignore this email.
mail-password-reset-subject = Set a new password
mail-password-reset-body =
    Use this link to choose a new password. It works once, for { $minutes } minutes:

    { $link }

    If you did not ask for it, ignore this email: your password has not changed.
mail-password-changed-subject = Your password has been changed
mail-password-changed-body =
    The password of your account was just set or changed, and every other session was signed out.

    If this was not you, ask for a new password at { $link }/password-reset and call us.
mail-submitted-subject = Application received: { $reference }
mail-submitted-body =
    We have received your application for { $entitlement }. Your reference number is { $reference }.

    Your community office checks it first, then the street or town office, then the district decides. Each step usually takes up to 10 working days. Follow it here:

    { $link }
mail-status-changed-subject = Update on your application { $reference }
mail-status-changed-body =
    There is news about your application for { $entitlement } ({ $reference }). See it here:

    { $link }
mail-information-requested-subject = More information needed: { $reference }
mail-information-requested-body =
    To go on with your application for { $entitlement } ({ $reference }), the reviewer needs more information:

    { $message }

    Answer and upload documents here:

    { $link }
mail-withdrawn-subject = Application withdrawn: { $reference }
mail-withdrawn-body =
    Your application for { $entitlement } ({ $reference }) has been withdrawn. You can apply again at any time.
mail-account-deleted-subject = Your account has been deleted
mail-account-deleted-body =
    Your account has been deleted. Applications still being decided were withdrawn, and drafts were deleted. Decided applications are kept by the district as the law requires.
mail-passed-subject = Update on your application { $reference }
mail-passed-body =
    Your application for { $entitlement } ({ $reference }) has been checked and passed on. { $level ->
        [street_review] It is now with the street or town office.
       *[district_review] It is now with the district, which decides.
    } This step usually takes up to 10 working days. Follow it here:

    { $link }
mail-approved-subject = Application approved: { $reference }
mail-approved-body =
    Your application for { $entitlement } ({ $reference }) has been approved: { $unit ->
        [per_month] { $amount } yuan a month
        [per_year] { $amount } yuan a year
        [once] { $amount } yuan, paid once
       *[provided] { $provision }
    }, from { $start }.

    The decision letter says what was granted and, if you disagree, where and by when you can ask for administrative reconsideration or go to court. Read and print it here:

    { $link }/decision
mail-refused-subject = Decision on your application { $reference }
mail-refused-body =
    We are sorry: your application for { $entitlement } ({ $reference }) has been refused. { $reason ->
        [not_eligible] It does not meet the conditions.
        [not_resident] The person is not registered as a resident of Jiangbei District.
        [documents_invalid] Documents were missing or not valid.
        [already_receiving] The person already receives this or an overlapping benefit.
        [no_response] We did not receive an answer to our request for information.
       *[other] The reviewer explains why below.
    }

    { $details }

    If you disagree, you can ask for administrative reconsideration or go to court, or apply again. The decision letter says where and by when. Call us and we will help. Read and print the decision letter here:

    { $link }/decision
mail-staff-set-up-subject = Your staff account for Jiangbei Disability Services
mail-staff-set-up-body =
    An administrator has created a staff account for you, or reset your sign-in. Choose your password and set up the code app on your phone here (the link works once, for { $days } days):

    { $link }

    If you did not expect this email, tell your administrator.
mail-fair-registered-subject = Registered: { $fair }
mail-fair-registered-body =
    { $attendee } is registered for { $fair }.

    When: { $when }
    Where: { $where }

    The organisers will arrange what you asked for. We will remind you the day before. The fair's page, with how to get there and a calendar file:

    { $link }

    If you cannot go, please cancel on the website so the organisers know.
mail-fair-cancelled-subject = Cancelled: { $fair }
mail-fair-cancelled-body =
    We are sorry: { $fair } on { $when } has been cancelled. { $reason }

    You do not need to do anything. Other fairs are listed here:

    { $link }
mail-fair-reminder-subject = Reminder: { $fair }, { $when }
mail-fair-reminder-body =
    A reminder that { $attendee } is registered for { $fair }.

    When: { $when }
    Where: { $where }

    How to get there, and the employers coming:

    { $link }
mail-booked-subject = Place booked: { $course }
mail-booked-body =
    { $attendee } has a place on { $course }.

    When: { $when }
    Where: { $where }

    We will remind you the day before. If you cannot go, please cancel so the place goes to someone waiting:

    { $link }
mail-waitlisted-subject = On the waiting list: { $course }
mail-waitlisted-body =
    The session of { $course } on { $when } is full, so { $attendee } is on its waiting list.

    If a place frees up, we will email you, and you will have { $hours } hours to accept it. Your bookings:

    { $link }
mail-place-offered-subject = A place is free for you: { $course }
mail-place-offered-body =
    A place has freed up on { $course } ({ $when }, { $where }) and it is offered to { $attendee }.

    Accept it by { $expires }, or it goes to the next person waiting:

    { $link }
mail-session-cancelled-subject = Cancelled: { $course }, { $when }
mail-session-cancelled-body =
    We are sorry: the session of { $course } on { $when } has been cancelled. { $reason }

    { $attendee }'s booking is cancelled; you do not need to do anything. Other sessions may be listed here:

    { $link }
mail-session-reminder-subject = Reminder: { $course }, { $when }
mail-session-reminder-body =
    A reminder that { $attendee } has a place on { $course }.

    When: { $when }
    Where: { $where }

    Your bookings:

    { $link }
