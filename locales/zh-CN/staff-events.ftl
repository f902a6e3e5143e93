## 工作人员：招聘会和培训课程

staff-events-title = 招聘会和培训
staff-events-lead = 本辖区的招聘会和培训课程。打开一项即可修改内容、查看参加人员或取消活动。
staff-events-upcoming = 即将举办的招聘会
staff-events-past = 已结束的招聘会
staff-events-courses = 培训课程
staff-events-no-upcoming = 本辖区暂无即将举办的招聘会。
staff-events-no-past = 本辖区暂无已结束的招聘会。
staff-events-no-courses = 本辖区暂无培训课程。
staff-events-col-fair = 招聘会
staff-events-col-when = 时间
staff-events-col-registrations = 报名人数
staff-events-col-course = 课程
staff-events-col-sessions = 场次
staff-events-col-next = 下一场
staff-events-col-place = 地点
staff-events-no-next = 暂无安排
staff-events-cancelled-tag = 已取消
staff-events-back = 返回招聘会和培训
staff-events-public-page = 查看公开页面
staff-events-details = 基本信息
staff-events-save = 保存修改
staff-events-languages-hint = 请填写中文内容。英文内容可以不填：没有英文时，英文页面显示中文。
staff-events-english-hint = 选填。
staff-events-date = 日期
staff-events-starts = 开始时间
staff-events-ends = 结束时间
staff-events-time-hint = 24 小时制，例如 09:30
staff-events-venue-zh = 场地名称（中文）
staff-events-venue-en = 场地名称（英文）
staff-events-address-zh = 地址（中文）
staff-events-address-en = 地址（英文）
staff-events-features = 场地无障碍设施
staff-events-features-hint = 请勾选场地提供的所有设施。居民会看到每一项设施“有”或“无”。
staff-events-reason = 取消原因
staff-events-reason-hint = 取消原因会写进发给所有相关人员的邮件。
staff-events-download-csv = 下载表格（CSV）
staff-events-print-hint = 如需打印签到表，请使用浏览器的打印功能，按钮和表单不会打印出来。

## 填写内容有误

staff-events-date-error = 请按“年-月-日”格式输入日期，例如 2026-12-05
staff-events-starts-error = 请按 24 小时制输入开始时间，例如 09:30
staff-events-ends-error = 请按 24 小时制输入结束时间，例如 12:00
staff-events-ends-before-starts = 结束时间必须晚于开始时间
staff-events-venue-zh-error = 请输入中文场地名称
staff-events-address-zh-error = 请输入中文地址
staff-events-reason-error = 请输入取消原因

## 一场招聘会

staff-fair-new = 新建招聘会
staff-fair-create = 创建招聘会
staff-fair-caption = 招聘会
staff-fair-title-zh = 名称（中文）
staff-fair-title-en = 名称（英文）
staff-fair-summary-zh = 简介（中文）
staff-fair-summary-en = 简介（英文）
staff-fair-transport-zh = 公共交通路线（中文）
staff-fair-transport-en = 公共交通路线（英文）
staff-fair-transport-hint = 公交线路、轨道交通线路和站名，以及从车站到入口的无台阶路线。
staff-fair-registrations-link = 报名名单（{ $count } 人）
staff-fair-employers = 参会单位和招聘岗位
staff-fair-no-employers = 尚未添加参会单位。
staff-fair-no-positions = 该单位尚未添加招聘岗位。
staff-fair-openings-count = 招聘 { $count } 人
staff-fair-needs = 岗位要求
staff-fair-needs-hint = 选填。所需技能、经验和工作内容。
staff-fair-adjustments-offered = 单位提供的便利措施
staff-fair-adjustments-offered-hint = 选填。例如：面试时提供手语翻译、弹性工作时间、无台阶的工作场所。
staff-fair-add-employer = 添加参会单位
staff-fair-employer-name = 单位名称
staff-fair-employer-description = 单位简介
staff-fair-employer-description-hint = 选填。主要业务和所在位置。
staff-fair-add-position = 添加招聘岗位
staff-fair-position-employer = 招聘单位
staff-fair-choose-employer = 请选择单位
staff-fair-position-title = 岗位名称
staff-fair-openings = 招聘人数
staff-fair-openings-hint = 1 到 999 之间的整数
staff-fair-cancel = 取消这场招聘会
staff-fair-cancel-lead = 所有报名人员都会收到招聘会取消的邮件，邮件中附有您填写的原因。取消后无法恢复。
staff-fair-cancelled-reason = 这场招聘会已取消。原因：{ $reason }
staff-fair-title-zh-error = 请输入中文名称
staff-fair-summary-zh-error = 请输入中文简介
staff-fair-transport-zh-error = 请输入中文的公共交通路线
staff-fair-employer-name-error = 请输入单位名称
staff-fair-employer-error = 请选择提供该岗位的单位
staff-fair-position-title-error = 请输入岗位名称
staff-fair-openings-error = 请输入 1 到 999 之间的整数作为招聘人数

## 招聘会报名名单

staff-registrations-title = 报名名单：{ $fair }
staff-registrations-heading = 报名名单
staff-registrations-back = 返回招聘会
staff-registrations-count = 报名人数：{ $count }
staff-registrations-none = 还没有人报名。
staff-registrations-col-hired = 录用情况
staff-registrations-hired-by = 已被{ $employer }录用
staff-registrations-no-employers = 请先在招聘会页面添加参会单位，再登记录用情况。
staff-registrations-employer = 录用单位
staff-registrations-record-hire = 登记录用
staff-registrations-employer-error = 请选择录用此人的单位
staff-events-col-name = 姓名
staff-events-col-adjustments = 需要的便利
staff-events-col-other-needs = 其他需求
staff-events-col-checked-in = 签到
staff-events-check-in = 签到
staff-events-checked-in-at = 已于 { $time } 签到
staff-events-csv-registered = 报名时间
staff-events-csv-booked = 预约时间
staff-events-csv-status = 状态
staff-events-status-confirmed = 已确认名额
staff-events-status-offered = 已获递补名额
staff-events-status-waiting = 候补
staff-events-status-cancelled = 已取消
staff-events-status-offer-lapsed = 递补名额未接受

## 一门课程

staff-course-new = 新建培训课程
staff-course-create = 创建课程
staff-course-caption = 培训课程
staff-course-title-zh = 课程名称（中文）
staff-course-title-en = 课程名称（英文）
staff-course-description-zh = 课程介绍（中文）
staff-course-description-en = 课程介绍（英文）
staff-course-suits-zh = 适合人群（中文）
staff-course-suits-en = 适合人群（英文）
staff-course-suits-hint = 例如：希望从事办公室工作的听力残疾人。
staff-course-sessions = 场次
staff-course-no-sessions = 尚未添加场次。
staff-course-add-session = 添加场次
staff-course-title-zh-error = 请输入中文课程名称
staff-course-description-zh-error = 请输入中文课程介绍
staff-course-suits-zh-error = 请输入中文的适合人群

## 一个场次

staff-session-title = 场次：{ $when }
staff-session-back = 返回课程
staff-session-course = 课程
staff-session-online = 线上授课
staff-session-venue-hint = 线下场次需要填写中文场地名称和地址，线上场次不需要。
staff-session-capacity = 名额
staff-session-capacity-hint = 1 到 1000 之间的整数
staff-session-capacity-error = 请输入 1 到 1000 之间的整数作为名额
staff-session-capacity-below-held = 已有 { $held } 个名额被占用，请输入不少于 { $held } 的数
staff-session-held = 已占名额
staff-session-waiting = 候补人数
staff-session-cancelled-reason = 这个场次已取消。原因：{ $reason }
staff-session-places = 已有名额的人员：{ $count } 人
staff-session-no-places = 还没有人获得名额。
staff-session-waiting-list = 候补名单：{ $count } 人
staff-session-waiting-hint = 有名额空出时，系统会按顺序发邮件给候补名单上的第一个人，请其在限定时间内接受。
staff-session-no-waiting = 没有人候补。
staff-session-col-completed = 结业
staff-session-col-number = 序号
staff-session-col-order = 调整顺序
staff-session-offered-until = 已获递补名额，保留至 { $until }
staff-session-mark-completed = 登记结业
staff-session-completed-on = 已于 { $date } 结业
staff-session-certificate = 结业证书
staff-session-move-up = 上移
staff-session-move-down = 下移
staff-session-change-capacity = 修改名额
staff-session-capacity-change-hint = 不能少于已占名额。空出的名额会立即递补给候补名单上的人员。
staff-session-cancel = 取消这个场次
staff-session-cancel-lead = 所有预约和候补都会被取消，每个账户都会收到邮件，邮件中附有您填写的原因。取消后无法恢复。
staff-session-csv-offer-expires = 递补名额保留至
staff-session-back-to-session = 返回场次

## 结业证书

staff-certificate-page-title = 结业证书：{ $name }
staff-certificate-print-hint = 请使用浏览器的打印功能打印这份证书。
staff-certificate-title = 结业证书
staff-certificate-certifies = 兹证明
staff-certificate-completed = 已完成以下培训课程的学习
staff-certificate-session = 培训时间：{ $when }
staff-certificate-issued = 发证日期：{ $date }

## 刚刚完成的操作

staff-events-done-created = 已创建
staff-events-done-saved = 修改已保存
staff-events-done-employer-added = 已添加参会单位
staff-events-done-position-added = 已添加招聘岗位
staff-events-done-fair-cancelled = 招聘会已取消，已给所有报名人员发送邮件
staff-events-done-session-added = 已添加场次
staff-events-done-capacity-changed = 名额已修改
staff-events-done-session-cancelled = 场次已取消，已给所有预约和候补人员发送邮件
staff-events-done-checked-in = 已签到
staff-events-done-hired = 已登记录用
staff-events-done-completed = 已登记结业
staff-events-done-moved = 候补顺序已调整
staff-events-done-unchanged = 没有变化：这项操作之前已经完成

## 审计日志

audit-action-edit-event = 修改招聘会或培训课程
audit-action-cancel-event = 取消招聘会或培训场次
audit-action-view-attendees = 查看参加人员名单
audit-action-export-attendees = 下载参加人员名单
audit-action-check-in = 登记签到
audit-action-record-hire = 登记录用
audit-action-record-completion = 登记结业
audit-action-reorder-waiting-list = 调整候补顺序
