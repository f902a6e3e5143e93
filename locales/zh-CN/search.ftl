# 站内搜索（/search）和其他页面上的搜索框。

search-title = 搜索
search-lead = 搜索残疾人待遇和服务、新闻、通知公告、政策解读、服务场所、招聘会和培训课程。
search-label = 搜索本网站
search-hint = 输入词语，例如“护理补贴”。
search-button = 搜索
search-too-long = 搜索词不能超过 { $max } 个字
search-results-heading = “{ $query }”的搜索结果：{ $count } 条
search-none-heading = 没有找到“{ $query }”的结果
search-group-heading = { $kind }（{ $count } 条）
search-more = 查看“{ $kind }”的全部 { $count } 条结果
search-every-kind = 查看所有类别的结果
search-none-try = 您可以：
search-none-words = 检查用字，或换一个更短、更常用的词，例如“补贴”
search-none-catalogue = 浏览全部残疾人待遇和服务
search-none-check = 回答几个问题，看看您可以享受哪些待遇
search-none-call = 打电话问我们：
search-none-help = 查看其他求助方式（手语视频、电子邮件、地址和办公时间）

search-kind-entitlement = 待遇和服务
search-kind-policy = 政策解读
search-kind-notice = 通知公告
search-kind-news = 新闻
search-kind-page = 网站页面
search-kind-place = 服务场所
search-kind-job-fair = 招聘会
search-kind-course = 培训课程
