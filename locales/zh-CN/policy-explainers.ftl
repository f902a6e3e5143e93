## 政策解读：改了什么、适用于谁、怎么办

policy-explainers-what-changed = 改了什么
policy-explainers-who-for = 适用于谁
policy-explainers-what-to-do = 怎么办
policy-explainers-in-full = 政策全文解读

## 工作人员：撰写政策解读

policy-explainers-what-changed-zh = 中文“改了什么”
policy-explainers-what-changed-en = 英文“改了什么”
policy-explainers-what-changed-hint = 与以前相比有哪些新内容或变化，从什么时候开始。写法与下面的正文相同。
policy-explainers-what-changed-zh-error = 请用中文填写改了什么
policy-explainers-who-for-zh = 中文“适用于谁”
policy-explainers-who-for-en = 英文“适用于谁”
policy-explainers-who-for-hint = 政策适用于哪些人，例如持哪类残疾人证、多大年龄。写法与下面的正文相同。
policy-explainers-who-for-zh-error = 请用中文填写适用于谁
policy-explainers-what-to-do-zh = 中文“怎么办”
policy-explainers-what-to-do-en = 英文“怎么办”
policy-explainers-what-to-do-hint = 读者要做的步骤：到哪里申请、带什么材料、什么时候之前。步骤适合用编号列表。写法与下面的正文相同。
policy-explainers-what-to-do-zh-error = 请用中文填写怎么办
