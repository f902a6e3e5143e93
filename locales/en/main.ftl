## The page frame: header, footer, shared words

service-name = Jiangbei Disability Services
page-description = { $title } | Jiangbei Disability Services: disabled residents and their families check and apply for allowances, rehabilitation, jobs and training online.
# Opens the header's links on a narrow screen.
header-menu = Menu
skip-to-content = Skip to main content
header-nav-label = Site settings
nav-display-settings = Display settings
# Shown in the other language, so this is the link to English.
language-switch-link = English
footer-help-heading = Get help
footer-example-note = These contact details are examples, not real numbers. The District Disabled Persons' Federation enters the real ones before the service goes live.
footer-phone = Phone
footer-sign-language = Sign language video service
footer-email = Email
footer-address = Address
footer-hours = Opening hours
footer-nav-label = About this website
footer-accessibility = Accessibility statement
footer-privacy = Privacy notice

error-title = Error: { $title }
error-summary-title = There is a problem
error-prefix = Error:

## Home page

home-title = Home
home-heading = Find and apply for disability support in Jiangbei
home-lead = Online services for disabled residents of Jiangbei District, Chongqing, and their families.
home-description = Online services for disabled residents of Jiangbei District and their families: check what support you can get, apply online, job fairs and training, places and their accessibility.
home-coming-heading = Job fairs coming up
home-coming-none = There are no job fairs coming up at the moment.
home-coming-all = See all job fairs
home-use-places = Find places and services, and their accessibility
home-use-alerts = Get email alerts
home-news-heading = What is new
home-news-none = Nothing has been published yet.
home-news-all = All news
home-notices-all = Notices
home-policy-all = Policy explained
home-follow-heading = Keep up to date
home-follow-body = Hear about new news, notices, policy explainers, job fairs and training by email or with a feed reader (Atom).
home-who-heading = Who this service is for
home-who-body = This service is for:
home-who-residents = disabled people registered or living in Jiangbei District
home-who-family = parents, children, spouses, guardians and carers acting for a family member
home-who-staff = staff of communities, streets and towns, and the District Disabled Persons' Federation
home-support-heading = Support Jiangbei District offers disabled people
home-support-body = Under the Jiangbei District plan to speed up a decent standard of living for disabled people, the district offers living allowances, nursing subsidies, rehabilitation, education grants, housing and home adaptations, jobs and vocational training.
home-use-heading = What you can do here now
home-use-check = Answer a few questions to check what support you can get
home-use-entitlements = Browse all the support on offer
home-use-fairs = Find job fairs and register
home-use-training = Book a place on free vocational training
home-use-settings = Change text size, contrast and line spacing
home-use-accessibility = Find out how accessible this website is, or report a problem
home-use-privacy = Find out what information we keep
home-help-heading = Finding it hard to go online?
home-help-body = You can phone, email, use the sign language video service or visit a service counter. The contact details are at the bottom of every page.

## Display settings

settings-title = Display settings
settings-intro = Choose how this website looks for you. Your settings are kept in this device's browser and stay in place next time you visit.
settings-text-legend = Text size
settings-text-hint = You can also use your browser's zoom to make the whole page bigger.
settings-text-standard = Standard
settings-text-large = Large
settings-text-largest = Largest
settings-text-error = Select a text size
settings-contrast-legend = Contrast
settings-contrast-hint = High contrast uses a black background with yellow and white text.
settings-contrast-standard = Standard
settings-contrast-high = High contrast
settings-contrast-error = Select a contrast
settings-spacing-legend = Line spacing
settings-spacing-hint = Wider spacing between lines and paragraphs makes it easier to follow each line.
settings-spacing-standard = Standard
settings-spacing-wide = Wide
settings-spacing-error = Select a line spacing
settings-save = Save settings
settings-saved-heading = Settings saved
settings-saved-body = Your display settings now apply to every page of this website.
settings-preview-announcement = Previewing: { $choice }. Select Save settings to keep it.
settings-cookie-note = We use one essential cookie to remember your choice.
settings-cookie-link = Find out about the cookies we use

## Not found and errors

not-found-title = Page not found
not-found-body = If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address.
not-found-help = If the web address is correct and the page still does not open, contact us using the details at the bottom of this page.
not-found-home-link = Go to the home page
server-error-title = Sorry, there is a problem with the service
server-error-body = Try again later. If you were filling in a form, go back and check what you entered before sending it again. If the problem continues, phone the helpline.
server-error-home = Go to the home page
forbidden-title = This request could not be accepted
forbidden-body = This form was not sent from this website, so it was not processed. Go back to this website, open the page again and send it from there.

## Accessibility statement

a11y-title = Accessibility statement
a11y-lead = Jiangbei Disability Services wants everyone to be able to use this website, including people who use a screen reader, screen magnifier, voice control or only a keyboard.
a11y-standard-heading = The standard we follow
a11y-standard-body = This website is built to meet the Web Content Accessibility Guidelines (WCAG) 2.2 level AA, China's national standard GB/T 37668-2019 level 2, and the elderly-friendly rules of the Ministry of Industry and Information Technology.
a11y-can-heading = You can
a11y-can-zoom = zoom pages to 400% without text being cut off or having to scroll sideways
a11y-can-keyboard = do everything with only a keyboard, with the focus always clearly visible
a11y-can-screen-reader = use a screen reader, with clear headings and regions on every page
a11y-can-no-js = use every feature with JavaScript turned off
a11y-can-settings = change text size, contrast and line spacing:
a11y-gaps-heading = What we know is not good enough yet
a11y-gaps-intro = We are working on these:
a11y-gap-screen-readers = We have tested every page with automated tools and by keyboard, but not yet page by page with Chinese screen readers such as Zhengdu and Baoyi.
a11y-gap-user-testing = We have not yet run usability tests with disabled users.
a11y-gap-easy-read = Every entitlement has an easy-read summary, but other pages do not have easy-read versions yet.
a11y-formats-heading = If you need another format
a11y-formats-body = If you need large print, Braille, easy read, audio or a sign language explanation, contact us. We will reply within 10 working days and tell you when you will get it.
a11y-report-heading = Report an accessibility problem
a11y-report-body = If you have difficulty using this website, or find a problem not listed in this statement, tell us:
a11y-report-response = We will reply within 5 working days.
a11y-report-complaint = You can also make a complaint online (an inaccessible page or building): it gets a reference, is handled within the legal time limits, and you can follow it
a11y-testing-heading = How we check
a11y-testing-body = Every time the website is updated, automated tests check every page in Chinese and English, at desktop and phone widths and in every display setting, and check keyboard use, use without JavaScript and use at a width of 320 pixels. This statement was last updated in November 2026.

## Privacy notice

privacy-title = Privacy notice
privacy-lead = This page explains what information this website keeps, why, and for how long.
privacy-who-heading = Who is responsible for your information
privacy-who-body = This website is run by the Jiangbei District Disabled Persons' Federation. We handle your personal information under the Personal Information Protection Law of the People's Republic of China and collect only what we need to provide the service.
privacy-cookies-heading = Cookies
privacy-cookies-intro = This website uses only cookies it needs to work. It does not use analytics, advertising or tracking cookies.
privacy-cookies-caption = Cookies this website uses
privacy-cookie-name = Name
privacy-cookie-purpose = Purpose
privacy-cookie-expiry = Kept for
privacy-cookie-lang-purpose = Remembers the language you chose
privacy-cookie-display-purpose = Remembers your text size, contrast and line spacing
privacy-cookie-session-purpose = Links your steps together while you fill in a form or are signed in
privacy-cookie-one-year = 1 year
privacy-cookie-session-expiry = You are signed out 1 hour after your last action; the cookie itself is deleted after 25 hours
privacy-cookies-no-banner = Because all of these cookies are essential, this website does not show a cookie banner.
privacy-logs-heading = Server logs
privacy-logs-body = To keep the website secure and working, the server records which page was asked for, when, and whether it worked. The logs do not record your name or your IP address.
privacy-later-heading = Information you give us
privacy-later-body = When you apply for a service, we keep what you enter and the documents you upload, to assess your application. As each service opens, this notice will say exactly what is kept and for how long.
privacy-rights-heading = Your rights
privacy-rights-body = You can ask to see, correct or delete the personal information we hold about you. Contact us using the details at the bottom of any page.

# Shared form messages
form-too-long = Enter { $max } characters or fewer
