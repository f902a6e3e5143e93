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
