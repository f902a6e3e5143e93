# Site search (/search) and the search box on other pages.

search-title = Search
search-lead = Search entitlements and services, news, notices, policy explainers, places, job fairs and training courses.
search-label = Search this site
search-hint = Type a few words, for example “nursing subsidy”.
search-button = Search
search-too-long = Enter no more than { $max } characters to search for
search-results-heading = { $count ->
    [one] 1 result
   *[other] { $count } results
} for “{ $query }”
search-none-heading = No results for “{ $query }”
search-group-heading = { $kind } ({ $count })
search-more = See all { $count } results in { $kind }
search-every-kind = See results of every kind
search-none-try = You could:
search-none-words = check the spelling, or try fewer or more common words, such as “subsidy”
search-none-catalogue = browse every entitlement and service
search-none-check = answer a few questions to see what you may be entitled to
search-none-call = call us on
search-none-help = see the other ways to get help (sign-language video, email, address and opening hours)

search-kind-entitlement = Entitlements and services
search-kind-policy = Policy explainers
search-kind-notice = Notices
search-kind-news = News
search-kind-page = Pages
search-kind-place = Places
search-kind-job-fair = Job fairs
search-kind-course = Training courses
