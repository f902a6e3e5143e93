## Emails. Plain text; { $name } is the account holder's name.

mail-greeting = Dear { $name },
mail-footer = Do not reply to this email. For help, call the number on our website or visit your community office.
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
    Your application for { $entitlement } ({ $reference }) has been approved: { $amount } yuan, paid from { $start }.

    See the decision here:

    { $link }
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

    If you disagree, you can ask for an administrative review within 60 days or apply again. Call us and we will help. The decision is here:

    { $link }
mail-staff-set-up-subject = Your staff account for Jiangbei Disability Services
mail-staff-set-up-body =
    An administrator has created a staff account for you, or reset your sign-in. Choose your password and set up the code app on your phone here (the link works once, for { $days } days):

    { $link }

    If you did not expect this email, tell your administrator.
