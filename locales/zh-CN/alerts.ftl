## 邮件提醒和 Atom 订阅源（app/src/alerts）。

alerts-title = 订阅邮件提醒
alerts-lead = 我们发布新闻、通知公告、政策解读、招聘会或培训课程时，可以发邮件告诉您。
alerts-no-account = 不需要注册账户。每封邮件里都有退订链接，随时可以停止。
alerts-email = 电子邮箱
alerts-email-hint = 我们先向这个邮箱发送一个确认链接。您确认之前，不会发送其他邮件。
alerts-topics = 您想收到哪些提醒？
alerts-topics-hint = 可以多选。
alerts-topic-news = 新闻
alerts-topic-notices = 通知公告
alerts-topic-policy = 政策解读
alerts-topic-job-fairs = 招聘会
alerts-topic-training = 培训课程
alerts-topic-error = 请至少选择一项
alerts-area = 街道或镇（选填）
alerts-area-hint = 其他街道和镇的招聘会和课程不会发给您。面向全区的内容都会发送。
alerts-area-any = 全区
alerts-area-group = 街道和镇
alerts-area-error = 请从列表中选择街道或镇
alerts-frequency = 多久发一次？
alerts-frequency-immediately = 立即
alerts-frequency-immediately-hint = 每有一条新内容，发布后很快发一封邮件。
alerts-frequency-weekly = 每周一次
alerts-frequency-weekly-hint = 每周一上午发一封邮件，列出过去一周的新内容。没有新内容就不发。
alerts-frequency-error = 请选择发送频率
alerts-language-note = 邮件使用本页面的语言。
alerts-subscribe = 发送确认链接
alerts-limited = 这个邮箱申请的链接太多了。请在 { $time } 之后再试。
alerts-feeds-heading = 订阅源
alerts-feeds-lead = 您也可以用阅读器订阅我们发布的内容（Atom 订阅源）：
alerts-feed-news = 新闻 – 江北区残疾人服务
alerts-feed-notices = 通知公告 – 江北区残疾人服务
alerts-feed-policy = 政策解读 – 江北区残疾人服务
alerts-feed-job-fairs = 招聘会 – 江北区残疾人服务
alerts-feed-training = 培训课程 – 江北区残疾人服务

alerts-sent-title = 请查收邮件
alerts-sent-lead = 如果这个邮箱可以收信，我们已经发送了一个链接。请打开链接并点击按钮，开始接收提醒。
alerts-sent-expiry = 链接 { $days } 天内有效。
alerts-sent-not-arrived = 如果几分钟内没有收到邮件，请查看垃圾邮件文件夹，或者
alerts-sent-again = 重新订阅

alerts-confirm-title = 开始接收邮件提醒
alerts-confirm-lead = 提醒将发送到 { $email }，内容包括：{ $topics }。
alerts-confirm-button = 开始接收提醒
alerts-confirm-ignore = 如果您没有申请这些提醒，请关闭本页面，我们不会发送任何邮件。

alerts-manage-title = 您的邮件提醒
alerts-manage-lead = { $email } 的提醒。修改后请保存。
alerts-manage-save = 保存修改
alerts-manage-stop-heading = 停止接收邮件
alerts-manage-stop-link = 退订全部提醒
alerts-done-confirmed = 您的提醒已开始
alerts-done-saved = 您的修改已保存
alerts-done-what-next = 每封邮件都有回到本页面的链接和退订链接。

alerts-unsubscribe-title = 退订邮件提醒
alerts-unsubscribe-lead = 我们将停止向 { $email } 发送以下提醒：{ $topics }。
alerts-unsubscribe-button = 退订
alerts-unsubscribe-manage-instead = 改为修改提醒内容
alerts-unsubscribed-title = 您已退订
alerts-unsubscribed-lead = 我们不会再给您发送提醒，并已从名单中删除您的邮箱。
alerts-unsubscribed-again = 重新订阅

alerts-mail-greeting = 您好：
alerts-mail-confirm-subject = 请确认您的邮件提醒
alerts-mail-confirm-body =
    您申请了以下邮件提醒：{ $topics }。

    请打开这个链接并点击按钮，开始接收提醒：
    { $link }

    链接 { $days } 天内有效。如果您没有申请，请忽略本邮件，我们不会发送任何邮件。
alerts-mail-item-subject = 新内容：{ $title }
alerts-mail-entry =
    { $topic }：{ $title }
    { $summary }
    { $link }
alerts-mail-digest-subject = 本周有 { $count } 条新内容
alerts-mail-digest-intro = { $from } 至 { $to } 的新内容：
alerts-mail-links =
    您收到这封邮件，是因为您订阅了提醒。
    修改提醒内容：{ $manage }
    退订：{ $unsubscribe }
