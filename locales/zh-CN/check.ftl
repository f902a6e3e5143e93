## Entitlement checker: start page

check-title = 查一查您可以获得哪些帮助
check-lead = 回答几个简单的问题，就能知道您可以申请哪些补贴和服务、能得到多少、为什么，以及怎么申请。
check-what-you-need = 开始之前，最好准备好：
check-bring-certificate = 残疾人证（如果有），证上的号码可以省去好几个问题
check-bring-household = 家里是否享受低保，以及家庭每月人均收入
check-bring-time = 大约 5 分钟。不知道的问题可以选“不确定”
check-for-someone = 您也可以替家人回答，例如替孩子或父母查询。回答时请按被查询人的情况填写。
check-privacy = 不需要登录。您的回答只在这次访问中保存，用来显示结果；选择“重新开始”或 1 小时不操作后就会删除。
check-start = 开始

## Entitlement checker: shared words

check-back = 返回
check-continue = 继续
check-answer-yes = 是
check-answer-no = 否
check-answer-not-sure = 不确定
check-answer-none-of-these = 都没有
check-answer-not-given = 不确定或没有回答
check-answer-date = { $year } 年 { $month } 月 { $day } 日
check-list-separator = 、
check-change = 修改
check-answers-title = 核对您的回答
check-see-results = 查看结果
date-day = 日
date-month = 月
date-year = 年

## Entitlement checker: questions

check-q-certificate-number = 残疾人证号是多少？
check-q-certificate-number-hint = 20 位，在残疾人证上。前 18 位是身份证号，后 2 位是残疾类别和等级。没有或不知道可以不填。
check-q-registered = 户籍在江北区吗？
check-q-registered-hint = 指户口簿上的户籍所在地。
check-q-registered-error = 请选择户籍是否在江北区
check-q-birth-date = 出生日期是哪天？
check-q-birth-date-hint = 例如 1970 年 3 月 27 日。不想回答可以空着。
check-q-birth-date-error = 请输入真实存在的出生日期，例如 1970 年 3 月 27 日
check-q-birth-date-future = 出生日期不能晚于今天
check-q-certificate = 有第二代《中华人民共和国残疾人证》吗？
check-q-certificate-hint = 第二代残疾人证是 2008 年以后办理的带照片的证件。
check-q-certificate-error = 请选择是否有残疾人证
check-q-category = 残疾类别是哪一种？
check-q-category-hint = 以残疾人证或医院诊断为准。
check-q-category-error = 请选择残疾类别
check-q-level = 残疾等级是几级？
check-q-level-hint = 一级最重。残疾人证上写有等级。
check-q-level-error = 请选择残疾等级
check-q-child = 孩子有以下情况吗？
check-q-child-hint = 选择所有符合的情况。都没有就不用选。
check-q-household = 家庭享受哪种救助？
check-q-household-hint = 低保、低收入（低保边缘）和特困由民政部门认定。
check-q-household-error = 请选择家庭享受的救助，或选择“不确定”
check-q-income = 家庭每月人均收入是多少元？
check-q-income-hint = 全家每月总收入除以家庭人数。不知道可以空着。
check-q-income-error = 请输入数字，例如 800
check-q-area = 住在城镇还是农村？
check-q-area-hint = 按户籍登记的城镇或农村。
check-q-area-error = 请选择城镇或农村
check-q-work = 是否已经丧失劳动能力？
check-q-work-hint = 指因为残疾不能工作挣钱。
check-q-work-error = 请选择是否丧失劳动能力
check-q-mental-health = 是否确诊为严重精神障碍？
check-q-mental-health-hint = 例如精神分裂症、双相情感障碍等，以医院诊断为准。
check-q-mental-health-error = 请选择是否确诊为严重精神障碍
check-q-housing = 住房有以下困难吗？
check-q-housing-hint = 危房指经过鉴定有安全隐患的农村房屋。
check-q-housing-error = 请选择住房情况
check-q-employment = 现在的工作情况是？
check-q-employment-hint = 选择最符合的一项。
check-q-employment-error = 请选择工作情况
check-q-education = 现在在上学吗？
check-q-education-hint = 选择正在读的学校类型。
check-q-education-error = 请选择上学情况
check-q-training = 在重庆市定点康复机构自费训练了几年？
check-q-training-hint = 例如 1.5。没有训练过填 0，不知道可以空着。
check-q-training-error = 请输入数字，例如 1
check-q-vehicle = 有以下车辆或驾照吗？
check-q-vehicle-hint = 选择所有符合的。都没有就不用选。
check-q-needs = 需要以下哪些帮助？
check-q-needs-hint = 选择所有需要的。都不需要就不用选。

## Entitlement checker: answer options

check-category-visual = 视力残疾
check-category-hearing = 听力残疾
check-category-speech = 言语残疾
check-category-physical = 肢体残疾
check-category-intellectual = 智力残疾
check-category-mental = 精神残疾
check-category-multiple = 多重残疾
check-level-1 = 一级
check-level-2 = 二级
check-level-3 = 三级
check-level-4 = 四级
check-household-dibao = 低保
check-household-low-income = 低收入（低保边缘）
check-household-extreme-poverty = 特困
check-household-none = 都没有
check-area-urban = 城镇
check-area-rural = 农村
check-housing-dangerous-house = 住的是农村危房
check-housing-urban-housing-difficulty = 在城镇住房困难
check-housing-none = 没有这些困难
check-employment-unemployed = 没有工作
check-employment-employed = 在单位工作
check-employment-self-employed-licensed = 自己创业，有营业执照
check-employment-student = 在上学
check-employment-retired = 已退休
check-education-preschool = 幼儿园
check-education-compulsory = 小学或初中（义务教育）
check-education-secondary-vocational = 中等职业学校
check-education-higher-vocational = 高职院校
check-education-university = 大学
check-education-none = 没有上学
check-flag-autism = 孤独症
check-flag-cerebral-palsy = 脑瘫
check-flag-c5-licence = 有 C5 驾驶证
check-flag-motorised-wheelchair = 有残疾人机动轮椅车
check-need-assistive-device = 辅助器具（如轮椅、助听器、拐杖）
check-need-home-adaptation = 家庭无障碍改造（如扶手、坡道）
check-need-prosthesis = 安装假肢
check-need-cochlear-implant = 植入人工耳蜗
check-need-rehab-training = 康复训练

## Entitlement checker: results

check-results-title = 查询结果
check-results-summary = 根据您的回答：符合 { $qualifies } 项，可能符合 { $may } 项，不符合 { $not } 项。
check-results-total-month = 符合条件的按月补贴：每月 { $amount } 元
check-results-total-year = 所有可计算金额的年度合计（约）：{ $amount } 元
check-results-total-note = 年度合计是按月发放的补贴乘以 12，再加上按年发放的补贴；不包括一次性补贴和由区里确定金额的项目。这些只是估算，最终金额以审核结果为准。如对决定有异议，可以申请行政复议或者提起行政诉讼；决定书会写明怎样提出、期限到哪天。
check-results-qualifies = 符合条件（{ $count } 项）
check-results-may = 可能符合条件（{ $count } 项）
check-results-may-intro = 这些项目还要看一些我们不知道的情况。标有“还不清楚”的就是需要补充的内容。
check-results-not = 不符合条件（{ $count } 项）
check-results-not-intro = 根据您的回答，这些项目目前不符合条件。情况变化时可以重新查询，也可以联系我们了解其他帮助。
check-results-not-show = 查看不符合的项目和原因
check-results-documents = 需要准备：
check-results-apply = 怎么申请：
check-results-next = 接下来
check-results-print = 可以用浏览器的打印功能把本页打印出来，或另存为 PDF，带去办理。
check-results-change = 修改回答
check-start-again = 重新开始（删除所有回答）
check-results-basis = 政策依据：
