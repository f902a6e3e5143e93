## Email alerts and Atom feeds (app/src/alerts).

alerts-title = Get email alerts
alerts-lead = We can email you when we publish news, notices, policy explainers, job fairs or training courses.
alerts-no-account = You do not need an account. You can stop the emails at any time with the link in each one.
alerts-email = Email address
alerts-email-hint = We send a link to this address first. Nothing else is sent until you confirm.
alerts-topics = What do you want to hear about?
alerts-topics-hint = Choose all that apply.
alerts-topic-news = News
alerts-topic-notices = Notices
alerts-topic-policy = Policy explainers
alerts-topic-job-fairs = Job fairs
alerts-topic-training = Training courses
alerts-topic-error = Choose at least one thing to hear about
alerts-area = Street or town (optional)
alerts-area-hint = Job fairs and courses in other streets and towns are left out. Things for the whole district are always included.
alerts-area-any = The whole district
alerts-area-group = Streets and towns
alerts-area-error = Choose a street or town from the list
alerts-frequency = How often?
alerts-frequency-immediately = Immediately
alerts-frequency-immediately-hint = One email for each new item, soon after we publish it.
alerts-frequency-weekly = Once a week
alerts-frequency-weekly-hint = One email on Monday morning listing the past week. No email if there was nothing new.
alerts-frequency-error = Choose how often you want emails
alerts-language-note = The emails will be in the language of this page.
alerts-subscribe = Send me a link to confirm
alerts-limited = Too many links were asked for this address. Try again after { $time }.
alerts-feeds-heading = Feeds
alerts-feeds-lead = You can also follow what we publish in a feed reader (Atom feeds):
alerts-feed-news = News – Jiangbei Disability Services
alerts-feed-notices = Notices – Jiangbei Disability Services
alerts-feed-policy = Policy explainers – Jiangbei Disability Services
alerts-feed-job-fairs = Job fairs – Jiangbei Disability Services
alerts-feed-training = Training courses – Jiangbei Disability Services

alerts-sent-title = Check your email
alerts-sent-lead = If the address can receive email, we have sent it a link. Open the link and press the button to start your alerts.
alerts-sent-expiry = The link works for { $days } days.
alerts-sent-not-arrived = If no email arrives within a few minutes, check your spam folder, or
alerts-sent-again = start again

alerts-confirm-title = Start your email alerts
alerts-confirm-lead = Emails will go to { $email } about: { $topics }.
alerts-confirm-button = Start my alerts
alerts-confirm-ignore = If you did not ask for these alerts, close this page: nothing will be sent.

alerts-manage-title = Your email alerts
alerts-manage-lead = Alerts for { $email }. Change what you get and save.
alerts-manage-save = Save changes
alerts-manage-stop-heading = Stop the emails
alerts-manage-stop-link = Unsubscribe from all alerts
alerts-done-confirmed = Your alerts have started
alerts-done-saved = Your changes are saved
alerts-done-what-next = Every email has a link back to this page and a link to unsubscribe.

alerts-unsubscribe-title = Unsubscribe from email alerts
alerts-unsubscribe-lead = We will stop sending { $email } alerts about: { $topics }.
alerts-unsubscribe-button = Unsubscribe
alerts-unsubscribe-manage-instead = Change what you get instead
alerts-unsubscribed-title = You are unsubscribed
alerts-unsubscribed-lead = We will not send you any more alerts, and we have deleted your address from the list.
alerts-unsubscribed-again = Subscribe again

alerts-mail-greeting = Hello,
alerts-mail-confirm-subject = Confirm your email alerts
alerts-mail-confirm-body =
    You asked for email alerts about: { $topics }.

    To start them, open this link and press the button:
    { $link }

    The link works for { $days } days. If you did not ask for alerts, ignore this email: nothing will be sent.
alerts-mail-item-subject = New: { $title }
alerts-mail-entry =
    { $topic }: { $title }
    { $summary }
    { $link }
alerts-mail-digest-subject = This week: { $count } new for you
alerts-mail-digest-intro = New from { $from } to { $to }:
alerts-mail-links =
    You get this email because you subscribed to alerts.
    Change what you get: { $manage }
    Unsubscribe: { $unsubscribe }
