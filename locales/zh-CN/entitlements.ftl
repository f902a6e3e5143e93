## Entitlement catalogue: one block per entitlement (names, who, what, easy read, documents)

ent-e01-name = 最低生活保障（低保）
ent-e01-who = 家庭月人均收入不超过低保标准的江北区户籍家庭。
ent-e01-what = 每月领取低保金，补足到低保标准。
ent-e01-easy = 家里钱不够生活，可以申请低保，每月领钱。
ent-e01-documents = 户口簿、身份证、家庭收入和财产情况说明。

ent-e02-name = 残疾人单独施保
ent-e02-who = 已成年、丧失劳动能力的残疾人，家庭月人均收入不超过低保标准的 3 倍。
ent-e02-what = 可以与父母、兄弟姐妹分户，单独享受低保。
ent-e02-easy = 不能工作的成年残疾人，家里收入不高，也可以自己领低保。
ent-e02-documents = 残疾人证、户口簿、身份证、丧失劳动能力的证明、家庭收入情况说明。

ent-e03-name = 困难残疾人生活补贴
ent-e03-who = 享受低保、持有第二代残疾人证的残疾人。
ent-e03-what = 每月生活补贴，标准随经济发展逐步提高。
ent-e03-easy = 有残疾人证、家里领低保的人，每月还可以多领一笔生活补贴。
ent-e03-documents = 残疾人证、低保证、身份证、银行卡。

ent-e04-name = 重度残疾人护理补贴
ent-e04-who = 持有一级或二级残疾人证的残疾人。
ent-e04-what = 每年护理补贴，标准每两年调整一次。
ent-e04-easy = 残疾很重（一级、二级）的人，每年可以领护理补贴。
ent-e04-documents = 残疾人证、身份证、银行卡。

ent-e05-name = C5驾驶证补贴
ent-e05-who = 取得 C5 驾驶证的残疾人。
ent-e05-what = 按重庆市标准给予一次性补贴。
ent-e05-easy = 考到 C5 驾照的残疾人，可以申请补贴。
ent-e05-documents = 残疾人证、C5 驾驶证、身份证、银行卡。

ent-e06-name = 机动轮椅车燃油补贴
ent-e06-who = 拥有残疾人机动轮椅车的残疾人。
ent-e06-what = 燃油补贴。
ent-e06-easy = 有机动轮椅车的人，可以领油费补贴。
ent-e06-documents = 残疾人证、机动轮椅车行驶证、身份证、银行卡。

ent-e07-name = 残疾人车辆路桥通行费减免
ent-e07-who = 拥有自己车辆（本人名下的汽车或残疾人机动轮椅车）的残疾人。
ent-e07-what = 减免路桥通行费。
ent-e07-easy = 残疾人开自己的车，过路过桥可以少交钱或不交钱。
ent-e07-documents = 残疾人证、驾驶证、行驶证。

ent-e08-name = 低收入残疾人家庭水电气等费用优惠
ent-e08-who = 低保或低收入的残疾人家庭。
ent-e08-what = 电、水、燃气、有线电视、市内交通和垃圾处理费等优惠。
ent-e08-easy = 家里困难的残疾人，水电气等费用可以便宜一些。
ent-e08-documents = 残疾人证、低保证或低收入证明、户口簿。

ent-e09-name = 医疗救助
ent-e09-who = 低保、特困、低收入家庭中的残疾人，以及一、二级重度残疾人。
ent-e09-what = 看病费用救助，救助上限逐步提高；贫困残疾人住院不用交押金。
ent-e09-easy = 家里困难的残疾人，或者重度残疾人，看病可以得到帮助；贫困残疾人住院不用先交押金。
ent-e09-documents = 残疾人证、低保证或困难证明、医疗费用单据。

ent-e10-name = 精神病患者免费服药
ent-e10-who = 精神残疾人，以及正在接受精神疾病治疗的患者（残疾证类别不限）。
ent-e10-what = 基本精神病药物免费。
ent-e10-easy = 有精神疾病的人，可以免费领基本的药。
ent-e10-documents = 残疾人证或诊断证明、身份证。

ent-e11-name = 严重精神障碍患者全额医疗救助
ent-e11-who = 确诊为严重精神障碍的患者。
ent-e11-what = 医疗费用全额救助（2017 年起）。
ent-e11-easy = 确诊严重精神障碍的人，看病的钱可以全部报销。
ent-e11-documents = 诊断证明、身份证、医疗费用单据。

ent-e12-name = 城乡居民养老、医疗保险个人缴费资助
ent-e12-who = 困难家庭（低保、低收入、特困）或重度（一级、二级）的残疾人。
ent-e12-what = 资助城乡居民养老保险和医疗保险的个人缴费。
ent-e12-easy = 家里困难或残疾很重的人，交社保的钱可以由政府帮着交。
ent-e12-documents = 残疾人证、低保证或困难证明、身份证。

ent-e13-name = 三、四级贫困残疾人养老保险代缴
ent-e13-who = 残疾等级为三级或四级、家庭困难的残疾人。
ent-e13-what = 由有关部门代缴部分最低档次养老保险费。
ent-e13-easy = 残疾三、四级、家里困难的人，养老保险可以由政府帮着交一部分。
ent-e13-documents = 残疾人证、低保证或困难证明、身份证。

ent-e14-name = 城镇住房保障
ent-e14-who = 城镇低收入、住房困难的残疾人家庭。
ent-e14-what = 优先配租公共租赁住房，或发放租赁补贴。
ent-e14-easy = 在城里住房困难的残疾人家庭，可以优先租公租房或领房租补贴。
ent-e14-documents = 残疾人证、户口簿、收入证明、住房情况说明。

ent-e15-name = 危房改造
ent-e15-who = 住在危房里的残疾人家庭。
ent-e15-what = 困难家庭全额补助，非困难家庭补助 80%。
ent-e15-easy = 住的房子有危险的残疾人家庭，政府帮着修，困难家庭不用出钱。
ent-e15-documents = 残疾人证、户口簿、房屋鉴定或现场查看记录。

ent-e16-name = 家庭无障碍改造
ent-e16-who = 家里需要无障碍改造的残疾人家庭。
ent-e16-what = 困难家庭免费改造；非困难家庭按比例补助。
ent-e16-easy = 家里需要加扶手、坡道等的残疾人，可以申请改造，困难家庭免费。
ent-e16-documents = 残疾人证、户口簿、改造需求说明。

ent-e17-name = 就业服务与招聘会
ent-e17-who = 处于劳动年龄（16 岁到法定退休年龄）、没有退休、有能力和意愿工作的残疾人。
ent-e17-what = 就业匹配、职业指导和残疾人现场招聘会。
ent-e17-easy = 想工作的残疾人，可以得到找工作的帮助，参加招聘会。
ent-e17-documents = 残疾人证、身份证、简历（如有）。

ent-e18-name = 免费职业技能培训
ent-e18-who = 处于劳动年龄（16 岁到法定退休年龄）、没有退休的残疾人。
ent-e18-what = 免费参加职业技能培训。
ent-e18-easy = 残疾人可以免费学一门手艺或技能。
ent-e18-documents = 残疾人证、身份证。

ent-e19-name = 个体就业补贴
ent-e19-who = 持营业执照自主创业的残疾人。
ent-e19-what = 一次性个体就业补贴。
ent-e19-easy = 自己开店、办了营业执照的残疾人，可以领一次补贴。
ent-e19-documents = 残疾人证、营业执照、身份证、银行卡。

ent-e20-name = 微型企业扶持
ent-e20-who = 处于劳动年龄、正在创办或经营小微企业（含持照个体经营）的残疾人。
ent-e20-what = 创业扶持和孵化服务。
ent-e20-easy = 想自己办小公司的残疾人，可以得到帮助。
ent-e20-documents = 残疾人证、身份证、创业计划。

ent-e21-name = 辅助性就业
ent-e21-who = 处于劳动年龄、想工作的智力、精神残疾人或重度肢体残疾人（多重残疾包含其中一类的也可以）。
ent-e21-what = 在辅助性就业机构工作的机会。
ent-e21-easy = 智力、精神残疾或重度肢体残疾的人，可以在有人帮助的地方工作。
ent-e21-documents = 残疾人证、身份证。

ent-e22-name = 0—6岁残疾儿童康复救助
ent-e22-who = 0 到 6 岁的视力、听力、言语、智力、肢体残疾儿童和孤独症儿童。
ent-e22-what = 免费手术、辅助器具和康复训练；急救免费。
ent-e22-easy = 6 岁以下的残疾孩子，做手术、配器具、做康复训练都免费。
ent-e22-documents = 儿童户口簿、出生证明或身份证、诊断证明或残疾人证。

ent-e23-name = 7—14岁特殊儿童训练补贴
ent-e23-who = 7 到 14 岁、智力残疾、脑瘫或孤独症，在重庆市定点机构自费训练满一年的儿童。
ent-e23-what = 每年训练补贴。
ent-e23-easy = 7 到 14 岁的孩子在定点机构训练满一年，可以领训练补贴。
ent-e23-documents = 儿童户口簿、诊断证明或残疾人证、训练机构的缴费凭证。

ent-e24-name = 假肢安装补贴
ent-e24-who = 江北区户籍、需要安装假肢的残疾人。
ent-e24-what = 安装假肢的补贴。
ent-e24-easy = 需要装假肢的人，可以领补贴。
ent-e24-documents = 户口簿、身份证、医院的装配意见。

ent-e25-name = 人工耳蜗植入补贴
ent-e25-who = 江北区户籍、需要植入人工耳蜗的人。
ent-e25-what = 植入人工耳蜗的补贴。
ent-e25-easy = 需要装人工耳蜗的人，可以领补贴。
ent-e25-documents = 户口簿、身份证、医院的评估报告。

ent-e26-name = 基本型辅助器具适配
ent-e26-who = 需要辅助器具的持证残疾人。
ent-e26-what = 免费适配基本型辅助器具。
ent-e26-easy = 需要轮椅、助听器、拐杖等的人，可以免费配。
ent-e26-documents = 残疾人证、身份证。

ent-e27-name = 精准康复服务
ent-e27-who = 持证残疾人，困难和重度残疾人优先。
ent-e27-what = 在社区得到康复服务。
ent-e27-easy = 有残疾人证的人，可以在社区做康复。
ent-e27-documents = 残疾人证、身份证。

ent-e28-name = 学前教育资助
ent-e28-who = 在普惠性幼儿园或特殊教育幼儿园（班）上学的残疾儿童；以及贫困残疾人家庭在普通幼儿园上学的孩子（孩子本人不需要残疾证）。
ent-e28-what = 每人每年资助。
ent-e28-easy = 残疾孩子上普惠性幼儿园或特殊幼儿园，每年可以领资助。家里困难、父母有残疾的孩子上普通幼儿园，也可以领。
ent-e28-documents = 儿童残疾人证、户口簿、幼儿园在园证明。

ent-e29-name = 义务教育免费及送教上门
ent-e29-who = 义务教育年龄（6 至 15 岁，推迟入学的到 17 岁）的残疾儿童少年，包括不能到校上学的孩子。
ent-e29-what = 义务教育全部免费；不能到校的，送教上门或远程教学。
ent-e29-easy = 残疾孩子上小学、初中不要钱，不能去学校的老师可以上门教。
ent-e29-documents = 残疾人证、户口簿。

ent-e30-name = 中等职业教育免费
ent-e30-who = 就读中等职业学校的残疾学生。
ent-e30-what = 免学费。
ent-e30-easy = 残疾学生读中职不交学费。
ent-e30-documents = 残疾人证、学生证或录取通知书。

ent-e31-name = 高职全程资助
ent-e31-who = 就读高职院校、家庭经济困难的残疾学生。
ent-e31-what = 整个学习期间的资助。
ent-e31-easy = 家里困难的残疾学生读高职，全程有资助。
ent-e31-documents = 残疾人证、录取通知书或学生证、家庭困难证明。

ent-e32-name = 特殊学习用品、交通费补助
ent-e32-who = 在校的残疾学生。
ent-e32-what = 特殊学习用品、教育训练和交通费补助。
ent-e32-easy = 残疾学生买学习用品、上学路费可以得到补助。
ent-e32-documents = 残疾人证、学生证。

ent-e33-name = 残疾大学生入学和生活救助
ent-e33-who = 就读大学的残疾学生。
ent-e33-what = 入学和生活救助。
ent-e33-easy = 上大学的残疾学生，可以得到入学和生活上的帮助。
ent-e33-documents = 残疾人证、录取通知书或学生证。

ent-e34-name = 盲文读物赠阅
ent-e34-who = 盲人，即一级或二级视力残疾人。低视力（三、四级）不在范围内。
ent-e34-what = 免费赠阅一种盲文读物：有工作单位的，由所在单位免费订阅；没有工作单位的，由区残联赠阅。
ent-e34-easy = 盲人每年可以免费得到一种盲文读物。有工作的，找单位要；没有工作的，找区残联。
ent-e34-documents = 残疾人证。

ent-e35-name = 公共文体设施免费或优惠开放
ent-e35-who = 持证残疾人。
ent-e35-what = 公共文化、体育场所和公园免费或优惠进入。
ent-e35-easy = 有残疾人证，去公园、博物馆、体育馆可以免费或便宜。
ent-e35-documents = 残疾人证（到场出示）。

ent-e36-name = 残疾人法律援助
ent-e36-who = 残疾人，有没有残疾人证都可以申请；有证的更容易办理。
ent-e36-what = 通过法律援助网络获得法律帮助。
ent-e36-easy = 遇到法律问题，残疾人可以得到免费的法律帮助。没有残疾人证也可以问。
ent-e36-documents = 残疾人证、身份证、与事情有关的材料。

## Catalogue pages

entitlements-title = 您可以获得的帮助
entitlements-lead = 江北区为残疾人及其家庭提供以下帮助。点开每一项，可以看到谁可以申请、能得到什么、怎么申请。
theme-living = 基本生活
theme-health-insurance = 医疗和保险
theme-housing = 住房和无障碍
theme-work = 就业
theme-rehabilitation = 康复
theme-education = 教育
theme-everyday-life = 文化、权益和日常生活
entitlement-code = 编号 { $code }
entitlement-in-short = 简单来说
entitlement-who-heading = 谁可以申请
entitlement-conditions-intro = 需要同时满足以下条件：
entitlement-what-heading = 可以得到什么
entitlement-apply-heading = 怎么申请
entitlement-documents-heading = 需要准备的材料
entitlement-basis-heading = 政策依据
entitlement-basis = 《江北区“十三五”加快残疾人小康进程规划》（江北府发〔2018〕10号）第{ $chapter }章第{ $section }节
entitlement-back = 查看全部帮助项目
amount-per-month = 每月 { $value } 元（自 { $since } 起执行）
amount-per-year = 每年 { $value } 元（自 { $since } 起执行）
amount-once = 一次性 { $value } 元（自 { $since } 起执行）
amount-share = 费用的 { $value }%（自 { $since } 起执行）
amount-set-by-district = 金额由区里确定，目前还没有在这里公布。
amount-for-poor = 困难家庭：{ $amount }
amount-for-others = 其他家庭：{ $amount }
amount-free = 免费
channel-community = 可在本网站在线申请，也可向您所在社区（村）的残疾人专职委员提出申请。社区受理后，由街道（镇）审核，区残联审批。
channel-street-office = 到您所在街道（镇）便民服务中心的民政窗口申请。
channel-district-federation = 联系区残联。联系方式在页面底部。
channel-health-centre = 到您所在社区的卫生服务中心咨询和办理。
channel-school = 向孩子所在的学校或幼儿园提出，或咨询区教委。
channel-employment-service = 联系区残联就业服务机构，参加残疾人专场招聘会和培训。
channel-at-venue = 不用申请，进场时出示残疾人证即可。
channel-employer-or-federation = 有工作单位的，由所在单位免费订阅；没有工作单位的，向区残联申请赠阅。
channel-library = 直接到区公共图书馆的视障阅览室，不需要申请，也不需要残疾人证。
channel-legal-aid = 到街道（镇）法律援助工作站或社区法律援助点咨询。
entitlement-check-link = 查一查您是否符合条件

## Employment support: where to find jobs and training
entitlement-work-heading = 找工作和参加培训
entitlement-work-fairs = 查看招聘会并报名
entitlement-work-training = 预约免费职业技能培训

## 各项待遇的户籍或居住要求及理由（供政策人员审核）

ent-e01-residence = 需要户籍在江北区：低保由户籍所在地的街道（镇）受理和核查家庭收入。
ent-e02-residence = 需要户籍在江北区：单独施保属于低保，由户籍所在地受理。
ent-e03-residence = 需要户籍在江北区：生活补贴发给本区低保对象，跟随低保的户籍地。
ent-e04-residence = 需要户籍在江北区：护理补贴按国家规定在户籍所在地申请。
ent-e05-residence = 需要户籍在江北区：按重庆市标准由户籍所在区县发放。
ent-e06-residence = 需要户籍在江北区：燃油补贴由户籍所在区县残联发放。
ent-e07-residence = 没有户籍或居住地要求：凭残疾人证和车辆证件在收费站享受。
ent-e08-residence = 需要户籍在江北区：优惠跟随户籍地认定的低保、低收入身份。
ent-e09-residence = 需要户籍在江北区：医疗救助由户籍所在地民政部门认定。
ent-e10-residence = 户籍在江北区或住在江北区都可以：免费服药由居住地的社区卫生服务中心管理。
ent-e11-residence = 需要户籍在江北区：全额医疗救助由户籍所在地民政部门认定。
ent-e12-residence = 需要户籍在江北区：城乡居民保险在户籍所在地参保缴费。
ent-e13-residence = 需要户籍在江北区：代缴养老保险费在户籍所在地办理。
ent-e14-residence = 户籍在江北区或住在江北区都可以：住房保障也面向在本区稳定居住、工作的困难家庭。
ent-e15-residence = 需要户籍在江北区：危房改造针对本区农村户籍家庭的自有住房。
ent-e16-residence = 户籍在江北区或住在江北区都可以：改造的是在本区居住的住房。
ent-e17-residence = 户籍在江北区或住在江北区都可以：就业服务面向在本区求职的残疾人。
ent-e18-residence = 户籍在江北区或住在江北区都可以：培训面向在本区生活、求职的残疾人。
ent-e19-residence = 需要户籍在江北区：个体就业补贴发给本区户籍的残疾人。
ent-e20-residence = 户籍在江北区或住在江北区都可以：扶持的是在本区创办的企业。
ent-e21-residence = 户籍在江北区或住在江北区都可以：辅助性就业机构就近安排。
ent-e22-residence = 户籍在江北区或住在江北区都可以：国家残疾儿童康复救助制度面向本地户籍或持本地居住证的儿童。
ent-e23-residence = 户籍在江北区或住在江北区都可以：与 0—6 岁康复救助一样按户籍或居住地受理。
ent-e24-residence = 需要户籍在江北区：规划原文为“对户籍在江北的假肢安装者……给予相应的资金补贴”。
ent-e25-residence = 需要户籍在江北区：规划原文为“对户籍在江北的……人工耳蜗植入者给予相应的资金补贴”。
ent-e26-residence = 需要户籍在江北区：辅助器具适配按残疾人证发证地（户籍地）办理。
ent-e27-residence = 户籍在江北区或住在江北区都可以：社区康复服务由居住地社区提供。
ent-e28-residence = 户籍在江北区或住在江北区都可以：资助跟随孩子就读的本区幼儿园。
ent-e29-residence = 户籍在江北区或住在江北区都可以：义务教育在居住地就近入学。
ent-e30-residence = 户籍在江北区或住在江北区都可以：免学费跟随就读的学校。
ent-e31-residence = 需要户籍在江北区：家庭经济困难由户籍所在地认定。
ent-e32-residence = 户籍在江北区或住在江北区都可以：补助跟随在本区就读的学生。
ent-e33-residence = 需要户籍在江北区：大学生多在外地就读，救助发给本区户籍的学生。
ent-e34-residence = 户籍在江北区或住在江北区都可以：读物寄到本区的住址。
ent-e35-residence = 没有户籍或居住地要求：凭残疾人证在场馆享受。
ent-e36-residence = 没有户籍或居住地要求：法律援助在事情发生地或居住地都可以申请。

## Entitlements E37–E46: support the plan names that the first catalogue missed
## (name, who, what, easy read, documents, and residence: hukou or living in the district, and why)

ent-e37-name = 重度残疾人就医结算和医疗报销
ent-e37-who = 持有一级或二级残疾人证、户籍在江北区的重度残疾人。
ent-e37-what = 按重度残疾人医疗报销制度报销，看病费用结算更方便；基本医疗保险支付的医疗康复项目按规定报销。
ent-e37-easy = 残疾很重（一级、二级）的人看病，结账更方便。看病的一些钱可以报销。做康复的一些项目，医保也可以报销。
ent-e37-documents = 残疾人证、身份证、医保卡、医院的收费票据和费用清单。
ent-e37-residence = 户籍在江北区的重度残疾人可以申请，因为医疗保险和医疗救助都在户籍所在地办理。

ent-e38-name = 社区公益性岗位、居家就业和网络就业
ent-e38-who = 劳动年龄内、持有残疾人证、想工作的残疾人。
ent-e38-what = 帮助残疾人在社区便民服务、社区公益性岗位、家庭服务和电子商务等岗位就业，支持居家就业和网络就业。
ent-e38-easy = 想工作的残疾人，可以在社区找工作。也可以在家里工作。也可以在网上工作。
ent-e38-documents = 残疾人证、身份证。
ent-e38-residence = 户籍在江北区或住在江北区的残疾人都可以申请，因为就业服务在居住地提供。

ent-e39-name = 日间照料站、工疗站、娱乐站
ent-e39-who = 持有残疾人证的城乡贫困残疾人和重度（一级、二级）残疾人。
ent-e39-what = 在社区的日间照料站、工疗站、娱乐站得到基本康复服务、白天照料、工疗和文娱活动。
ent-e39-easy = 家里困难或残疾很重的人，白天可以去社区的站点。那里有人照顾你。你可以做康复。也可以做手工、做游戏。
ent-e39-documents = 残疾人证、身份证；家庭困难的，带低保证或困难证明。
ent-e39-residence = 户籍在江北区或住在江北区的残疾人都可以申请，因为这些站点为住在附近社区的残疾人服务。

ent-e40-name = 智障儿童托养中心
ent-e40-who = 户籍在江北区、18岁以下的智力残疾儿童。
ent-e40-what = 在区级智障儿童托养中心得到托养、照料和康复训练。
ent-e40-easy = 有智力残疾的孩子，可以去区里的托养中心。那里有人照顾孩子。孩子也可以做训练。
ent-e40-documents = 儿童残疾人证或医院的诊断证明、户口簿。
ent-e40-residence = 户籍在江北区的孩子可以申请，因为托养中心是区级设施，托养名额由区里安排给本区户籍的孩子。

ent-e41-name = 0—6岁儿童残疾筛查
ent-e41-who = 0至6岁的儿童，不需要残疾人证。
ent-e41-what = 免费检查孩子有没有残疾，早发现、早康复；需要帮助的，转介康复救助，并跟踪服务。
ent-e41-easy = 0到6岁的孩子，可以免费检查有没有残疾。早发现，早治疗。不需要残疾人证。
ent-e41-documents = 孩子的户口簿或出生医学证明、儿童保健手册。
ent-e41-residence = 户籍在江北区或住在江北区的孩子都可以检查，因为筛查是基本公共卫生服务，由居住地的社区卫生服务中心提供。

ent-e42-name = 随班就读支持和考试辅助
ent-e42-who = 在普通学校随班就读的残疾学生，以及参加考试需要辅助的残疾学生。
ent-e42-what = 学校为随班就读的残疾学生提供保障和支持；参加考试时，按残疾人考试辅助办法提供辅助，例如大字试卷、盲文试卷或延长考试时间，以该考试的规定为准。
ent-e42-easy = 残疾孩子可以在普通学校和大家一起上课。学校会帮助你。考试时，你可以申请需要的帮助。
ent-e42-documents = 残疾人证、学生证。
ent-e42-residence = 户籍在江北区或住在江北区的学生都可以申请，因为随班就读和考试辅助由学生所在的学校和考试机构提供。

ent-e43-name = 残疾人家庭子女入学救助
ent-e43-who = 户籍在江北区、家庭经济困难的残疾人家庭的在校子女。
ent-e43-what = 一次性入学救助或全程资助，帮助解决上学难。
ent-e43-easy = 爸爸或妈妈有残疾、家里困难的孩子，上学可以得到救助。
ent-e43-documents = 父母的残疾人证、户口簿、学生证或录取通知书、家庭困难证明。
ent-e43-residence = 户籍在江北区的家庭可以申请，因为教育救助面向在民政部门困难建档的家庭，建档按户籍办理。

ent-e44-name = 康复体育进家庭
ent-e44-who = 持证残疾人及其家庭，在开展残疾人康复体育关爱家庭计划的社区。
ent-e44-what = 在家里得到康复体育服务和指导。这个计划先在试点社区实施，并逐步扩大。
ent-e44-easy = 有残疾人证的人，可以在家里做康复运动。会有人来教你。现在只有一部分社区有。
ent-e44-documents = 残疾人证、身份证。
ent-e44-residence = 户籍在江北区或住在江北区的残疾人都可以申请，因为服务送到家里，由居住的社区提供。

ent-e45-name = 视障阅览室和盲文、有声读物图书室
ent-e45-who = 视力残疾人，不需要申请。
ent-e45-what = 在公共图书馆的视障阅览室、盲文读物和盲人有声读物图书室免费阅读盲文读物、收听有声读物。
ent-e45-easy = 看不见或看不清的人，可以去图书馆。那里有盲文书。也有可以听的书。
ent-e45-documents = 不需要特别的材料；有残疾人证的，可以带上。
ent-e45-residence = 不需要江北区户籍，也不需要住在江北区，因为公共图书馆的阅览室对所有来的人开放。

ent-e46-name = 居家助残服务
ent-e46-who = 持证残疾人，在开展政府购买居家助残服务的街道。
ent-e46-what = 政府购买服务，由社会组织上门提供居家助残服务，重点是康复、托养和护理。
ent-e46-easy = 有残疾人证的人，可以有人到家里来帮忙。比如照顾、护理、康复。现在只有一部分街道有。
ent-e46-documents = 残疾人证、身份证。
ent-e46-residence = 户籍在江北区或住在江北区的残疾人都可以申请，因为服务送到家里，由居住的街道安排。
