## The page frame: header, footer, shared words

service-name = 江北区残疾人服务
page-description = { $title }｜江北区残疾人服务：残疾人及其家人在网上查询和申请补贴、康复、就业和培训等帮助。
# Opens the header's links on a narrow screen.
header-menu = 菜单
skip-to-content = 跳到主要内容
header-nav-label = 网站设置
nav-display-settings = 显示设置
# Shown in the other language, so this is the link back to Chinese.
language-switch-link = 中文
footer-help-heading = 需要帮助
footer-example-note = 以下联系方式是示例，不是真实号码。正式上线前由区残联填入实际信息。
footer-phone = 电话
footer-sign-language = 手语视频服务
footer-email = 电子邮箱
footer-address = 地址
footer-hours = 服务时间
footer-nav-label = 关于本网站
footer-accessibility = 无障碍声明
footer-privacy = 隐私说明

error-title = 错误：{ $title }
error-summary-title = 有问题需要处理
error-prefix = 错误：

## Home page

home-title = 首页
home-heading = 查询和申请残疾人补贴与服务
home-lead = 这是重庆市江北区为残疾人及其家人提供的网上服务。
home-description = 江北区残疾人及其家人的网上服务：查询可以获得的补贴和服务、在线申请、招聘会和职业培训、服务场所和无障碍信息。
home-coming-heading = 即将举办的招聘会
home-coming-none = 目前没有即将举办的招聘会。
home-coming-all = 查看所有招聘会
home-use-places = 查找服务场所及其无障碍设施
home-use-alerts = 订阅电子邮件提醒
home-news-heading = 最新消息
home-news-none = 目前还没有发布的消息。
home-news-all = 所有新闻
home-notices-all = 通知公告
home-policy-all = 政策解读
home-follow-heading = 关注更新
home-follow-body = 有新的消息、通知、政策解读、招聘会或培训时，可以通过电子邮件或订阅源（Atom）收到。
home-who-heading = 适合谁使用
home-who-body = 本服务面向：
home-who-residents = 户籍或居住在江北区的残疾人
home-who-family = 替家人办事的父母、子女、配偶、监护人和照护者
home-who-staff = 社区、街道（镇）和区残联的工作人员
home-support-heading = 江北区为残疾人提供的支持
home-support-body = 根据《江北区“十三五”加快残疾人小康进程规划》，江北区为残疾人提供生活补贴、护理补贴、康复、教育资助、住房和家庭无障碍改造、就业和职业培训等帮助。
home-use-heading = 现在可以在这里做的事
home-use-check = 回答几个问题，查一查您可以获得哪些帮助
home-use-fairs = 查看招聘会并报名
home-use-training = 预约免费职业技能培训
home-use-entitlements = 浏览所有帮助项目
home-use-settings = 调整文字大小、对比度和行距
home-use-accessibility = 了解本网站的无障碍情况，或报告问题
home-use-privacy = 了解我们保存哪些信息
home-help-heading = 不方便上网？
home-help-body = 可以打电话、发邮件、使用手语视频服务，或到服务窗口办理。联系方式在每一页的底部。

## Display settings

settings-title = 显示设置
settings-intro = 选择适合您的显示方式。设置保存在这台设备的浏览器里，下次访问时仍然有效。
settings-text-legend = 文字大小
settings-text-hint = 也可以用浏览器的缩放功能放大整个页面。
settings-text-standard = 标准
settings-text-large = 大
settings-text-largest = 特大
settings-text-error = 请选择文字大小
settings-contrast-legend = 对比度
settings-contrast-hint = 高对比度使用黑色背景和黄色、白色文字。
settings-contrast-standard = 标准
settings-contrast-high = 高对比度
settings-contrast-error = 请选择对比度
settings-spacing-legend = 行距
settings-spacing-hint = 加宽行距和段落间距，更容易逐行阅读。
settings-spacing-standard = 标准
settings-spacing-wide = 加宽
settings-spacing-error = 请选择行距
settings-save = 保存设置
settings-saved-heading = 设置已保存
settings-saved-body = 您的显示设置已经在本网站的所有页面生效。
settings-preview-announcement = 正在预览：{ $choice }。选择“保存设置”后生效。
settings-cookie-note = 我们用一个必要的 Cookie 记住您的选择。
settings-cookie-link = 了解我们使用的 Cookie

## Not found and errors

not-found-title = 找不到这个页面
not-found-body = 如果您是输入的网址，请检查是否正确。如果您是复制粘贴的网址，请检查是否复制完整。
not-found-help = 如果网址正确但仍然打不开，请按页面底部的方式联系我们。
not-found-home-link = 返回首页
server-error-title = 抱歉，服务出了问题
server-error-body = 请稍后再试。如果您刚才在填写表格，请返回检查您填写的内容后再提交。如果问题一直存在，请拨打服务电话。
server-error-home = 返回首页
forbidden-title = 无法处理这个请求
forbidden-body = 这个表格不是从本网站提交的，所以没有处理。请回到本网站，重新打开页面再提交。

## Accessibility statement

a11y-title = 无障碍声明
a11y-lead = 江北区残疾人服务希望每个人都能使用本网站，包括使用读屏软件、放大软件、语音控制或只用键盘的人。
a11y-standard-heading = 我们遵循的标准
a11y-standard-body = 本网站按照《Web内容无障碍可访问性指南》（WCAG）2.2 AA 级、国家标准 GB/T 37668-2019 第二级以及工业和信息化部的适老化要求建设。
a11y-can-heading = 您可以
a11y-can-zoom = 把页面放大到 400%，文字不会被截断，也不需要左右滚动
a11y-can-keyboard = 只用键盘完成所有操作，焦点位置始终清楚可见
a11y-can-screen-reader = 使用读屏软件浏览，每个页面都有清楚的标题和区域
a11y-can-no-js = 在关闭 JavaScript 的情况下使用全部功能
a11y-can-settings = 调整文字大小、对比度和行距：
a11y-gaps-heading = 目前已知的不足
a11y-gaps-intro = 我们知道以下方面还不够好，正在改进：
a11y-gap-screen-readers = 我们用自动化工具和键盘测试了每个页面，但还没有用争渡读屏、保益悦听等国产读屏软件逐页测试。
a11y-gap-user-testing = 还没有邀请残疾人用户参加可用性测试。
a11y-gap-easy-read = 每一项帮助都有简明版说明，但其他页面还没有简明版。
a11y-formats-heading = 需要其他格式
a11y-formats-body = 如果您需要大字版、盲文、简明版、音频或手语讲解，请联系我们。我们会在 10 个工作日内答复，并告诉您什么时候可以拿到。
a11y-report-heading = 报告无障碍问题
a11y-report-body = 如果您在使用本网站时遇到困难，或发现本声明没有列出的问题，请告诉我们：
a11y-report-response = 我们会在 5 个工作日内答复。
a11y-report-complaint = 网页或建筑物存在无障碍问题，也可以在网上投诉：投诉有编号，按法定期限办理，可以随时查询进度
a11y-testing-heading = 我们如何检查
a11y-testing-body = 每次更新网站时，自动化测试都会在中文和英文、桌面和手机宽度、各种显示设置下检查每个页面，并检查键盘操作、关闭 JavaScript 和 320 像素宽度下的使用情况。本声明最后更新于 2026 年 11 月。

## Privacy notice

privacy-title = 隐私说明
privacy-lead = 本页说明本网站保存哪些信息、为什么保存、保存多久。
privacy-who-heading = 谁负责您的信息
privacy-who-body = 本网站由江北区残疾人联合会运营。我们按照《中华人民共和国个人信息保护法》处理您的个人信息，只收集提供服务所必需的信息。
privacy-cookies-heading = Cookie
privacy-cookies-intro = 本网站只使用提供服务所必需的 Cookie，不使用统计、广告或跟踪 Cookie。
privacy-cookies-caption = 本网站使用的 Cookie
privacy-cookie-name = 名称
privacy-cookie-purpose = 用途
privacy-cookie-expiry = 保存时间
privacy-cookie-lang-purpose = 记住您选择的语言
privacy-cookie-display-purpose = 记住您的文字大小、对比度和行距设置
privacy-cookie-session-purpose = 在您填写表格或登录时，把您的多次操作联系在一起
privacy-cookie-one-year = 1 年
privacy-cookie-session-expiry = 最后一次操作后 1 小时结束登录；Cookie 本身在 25 小时后删除
privacy-cookies-no-banner = 因为这些 Cookie 都是必需的，所以网站不会弹出 Cookie 提示。
privacy-logs-heading = 服务器日志
privacy-logs-body = 为了保障网站安全和正常运行，服务器会记录访问的页面、时间和处理结果。日志不记录您的姓名或 IP 地址。
privacy-later-heading = 您提交的信息
privacy-later-body = 当您申请服务时，我们会保存您填写的内容和上传的材料，用于审核您的申请。每项服务上线时，本说明会写明具体保存哪些信息、保存多久。
privacy-rights-heading = 您的权利
privacy-rights-body = 您可以要求查看、更正或删除我们保存的您的个人信息。请按页面底部的联系方式联系我们。

# 表单通用提示
form-too-long = 请不要超过 { $max } 个字
